/**
 * After the decision (docs/settlement.md): the grant decision (Zuwendungsbescheid), the payments,
 * the expenditure of the proof of use (Verwendungsnachweis) and the settlement (Schlussfestsetzung)
 * with its result. Every record validates itself; a settlement that cannot be settled is an
 * {@link io.github.foerderregeln.api.settlement.InvalidSettlementException} naming every field.
 */
package io.github.foerderregeln.api.settlement;
