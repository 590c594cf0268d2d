package io.github.foerderregeln.api;

/** How much a finding weighs; the order of the constants is the order findings are reported in. */
public enum Severity {
    /** Makes the application ineligible. */
    ERROR,
    /** Makes the application incomplete. */
    MISSING,
    /** Worth attention; does not change the outcome. */
    WARNING,
    /** Information, such as which limit binds the grant. */
    INFO
}
