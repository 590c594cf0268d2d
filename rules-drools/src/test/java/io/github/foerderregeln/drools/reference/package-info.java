/**
 * An independent plain-Java implementation of the call {@code rdz-lsa-2018}, its assessments and
 * its settlements: the second opinion the differential tests hold the Drools engine against and the
 * baseline of the benchmarks.
 */
package io.github.foerderregeln.drools.reference;
