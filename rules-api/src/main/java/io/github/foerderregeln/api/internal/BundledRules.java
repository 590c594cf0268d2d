package io.github.foerderregeln.api.internal;

import io.github.foerderregeln.api.FundingRules;
import io.github.foerderregeln.api.spi.FundingRulesProvider;
import java.util.ServiceLoader;

/**
 * Holds the bundled rule set: built on first use, then shared. A failed build is not cached, so
 * every call reports the real cause instead of a class-initialisation error.
 */
public final class BundledRules {
    private static volatile FundingRules instance;

    private BundledRules() {
    }

    public static FundingRules get() {
        FundingRules rules = instance;
        if (rules == null) {
            synchronized (BundledRules.class) {
                rules = instance;
                if (rules == null) {
                    rules = provider().bundled();
                    instance = rules;
                }
            }
        }
        return rules;
    }

    public static FundingRulesProvider provider() {
        return ServiceLoader.load(FundingRulesProvider.class, FundingRules.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no Förderregeln engine on the classpath: add io.github.foerderregeln:rules-drools"));
    }
}
