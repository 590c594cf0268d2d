package io.github.foerderregeln.drools;

import org.junit.jupiter.api.Test;

class TmpColdTest {
    @Test
    void cold() {
        long t0 = System.nanoTime();
        RuleSet set = RuleSet.bundled();
        long t1 = System.nanoTime();
        var lints = RuleLints.check(set);
        long t2 = System.nanoTime();
        RuleBase rb = RuleBase.build(set);
        long t3 = System.nanoTime();
        RuleBase rb2 = RuleBase.build(set);
        long t4 = System.nanoTime();
        System.out.printf("COLD ruleset %d ms, lints %d ms, build(incl lints) %d ms, second build %d ms%n",
                (t1 - t0) / 1000000, (t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000);
    }
}
