package io.github.foerderregeln.api;

import io.github.foerderregeln.api.spi.FundingRulesProvider;
import java.util.ServiceLoader;

/** Holds the bundled rule set; class initialisation makes it built once, lazily and safely. */
final class BundledRules {
    static final FundingRules INSTANCE = provider().bundled();

    private BundledRules() {
    }

    private static FundingRulesProvider provider() {
        return ServiceLoader.load(FundingRulesProvider.class, FundingRules.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no Förderregeln engine on the classpath: add io.github.foerderregeln:rules-drools"));
    }
}
