package io.github.foerderregeln.examples.benchmark;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.json.ApplicationJson;
import io.github.foerderregeln.drools.reference.ReferenceAssessor;
import io.github.foerderregeln.drools.reference.Result;
import java.nio.file.Path;
import java.util.Set;

/** The plain-Java path for the cold start: read one application file, assess it, print one line. */
public final class PlainJavaFirstAssessment {
    private PlainJavaFirstAssessment() {
    }

    public static void main(String[] args) throws Exception {
        Application application = new ApplicationJson(Set.of("rdz-lsa-2018")).read(Path.of(args[0]));
        Result result = new ReferenceAssessor().assess(application);
        System.out.println(application.id() + ": " + result.outcome() + ", grant " + result.grant());
    }
}
