package io.github.foerderregeln.drools;

import io.github.foerderregeln.drools.facts.Reported;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.KieSession;

/** Where an assessment gets its session from, by {@link EngineMode}. Thread-safe. */
abstract class Sessions {

    /** What one assessment read from its session: its facts and the rules fired, in order. */
    interface Work<T> extends Function<Lease, T> {
    }

    /** A session lent to one assessment, with the record of the rules it fired and the findings they reported. */
    record Lease(KieSession session, FiredRules fired, Reported reported) {

        /** A new session of {@code kieBase} with its own records. */
        static Lease open(KieBase kieBase) {
            Reported reported = new Reported();
            Environment environment = KieServices.get().newEnvironment();
            environment.set(Reported.ENVIRONMENT_KEY, reported);
            KieSession session = kieBase.newKieSession(null, environment);
            FiredRules fired = new FiredRules();
            session.addEventListener(fired);
            return new Lease(session, fired, reported);
        }

        /** What the rules left: the facts in working memory, then the findings reported beside it. */
        List<Object> results() {
            List<Object> results = new ArrayList<>(session.getObjects());
            results.addAll(reported.findings());
            return results;
        }
    }

    static Sessions of(KieBase kieBase, EngineMode mode) {
        return switch (mode) {
            case SESSION -> new Fresh(kieBase);
            case POOLED -> new Pooled(kieBase);
        };
    }

    abstract <T> T with(Work<T> work);

    /** One new session per assessment. */
    private static final class Fresh extends Sessions {
        private final KieBase kieBase;

        Fresh(KieBase kieBase) {
            this.kieBase = kieBase;
        }

        @Override
        <T> T with(Work<T> work) {
            Lease lease = Lease.open(kieBase);
            try {
                return work.apply(lease);
            } finally {
                lease.session().dispose();
            }
        }
    }

    /**
     * Reused sessions. A session goes back to the pool only after an assessment that ended
     * normally: one whose rules failed is disposed, since its state is unknown.
     */
    private static final class Pooled extends Sessions {
        private final KieBase kieBase;
        private final Queue<Lease> idle = new ConcurrentLinkedQueue<>();

        Pooled(KieBase kieBase) {
            this.kieBase = kieBase;
        }

        @Override
        <T> T with(Work<T> work) {
            Lease lease = idle.poll();
            if (lease == null) {
                lease = Lease.open(kieBase);
            }
            boolean reusable = false;
            try {
                T result = work.apply(lease);
                reusable = true;
                return result;
            } finally {
                if (reusable && reset(lease)) {
                    idle.offer(lease);
                } else {
                    lease.session().dispose();
                }
            }
        }

        /** Empties the session for the next application; false if it cannot be reused. */
        private static boolean reset(Lease lease) {
            lease.fired().clear();
            lease.reported().clear();
            if (!(lease.session() instanceof StatefulKnowledgeSessionImpl session)) {
                return false;
            }
            session.reset();
            // A reset keeps the session's listeners today; if a Drools version drops them, the
            // record of fired rules must not silently stop.
            List<?> listeners = List.copyOf(session.getAgendaEventListeners());
            if (!listeners.contains(lease.fired())) {
                session.addEventListener(lease.fired());
            }
            return true;
        }
    }
}
