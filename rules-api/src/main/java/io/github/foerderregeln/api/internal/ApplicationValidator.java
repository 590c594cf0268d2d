package io.github.foerderregeln.api.internal;

import io.github.foerderregeln.api.Application;
import io.github.foerderregeln.api.FundingCall;
import io.github.foerderregeln.api.InvalidApplicationException;
import io.github.foerderregeln.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of an application that need the rule set: is its call known, is the call in
 * force on the decision date, and is it within the input bounds. The records have checked every
 * single field already.
 */
public final class ApplicationValidator {
    private ApplicationValidator() {
    }

    /**
     * Every problem of {@code application} against {@code calls}; empty when it can be assessed.
     *
     * @param application the application; not null
     * @param calls the known calls by id; not null
     */
    public static List<Problem> problems(Application application, Map<String, FundingCall> calls) {
        List<Problem> problems = new ArrayList<>(0);
        FundingCall call = calls.get(application.callId());
        if (call == null) {
            problems.add(unknownCall(application.callId(), calls.keySet()));
        } else if (application.decisionDate().isBefore(call.inForceFrom())) {
            problems.add(new Problem("decisionDate", "is before " + call.inForceFrom()
                    + ", the first day the parameters of call " + call.id() + " apply (was " + application.decisionDate() + ")"));
        }
        String costs = Checks.size(application.costs(), ApplicationLimits.MAX_COST_ITEMS);
        if (costs != null) {
            problems.add(new Problem("costs", costs));
        }
        String aid = Checks.size(application.applicant().deMinimisAid(), ApplicationLimits.MAX_DE_MINIMIS_AID);
        if (aid != null) {
            problems.add(new Problem("applicant.deMinimisAid", aid));
        }
        return problems;
    }

    /** The problem of an application naming a call that is not among {@code known}. */
    public static Problem unknownCall(String callId, java.util.Collection<String> known) {
        return new Problem("call", "unknown call id '" + io.github.foerderregeln.api.internal.BoundedInput.show(callId) + "' (known: "
                + String.join(", ", new java.util.TreeSet<>(known)) + ")");
    }

    /** Throws {@link InvalidApplicationException} naming the application when it has any problem. */
    public static void check(Application application, Map<String, FundingCall> calls) {
        List<Problem> problems = problems(application, calls);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(application.id(), problems);
        }
    }
}
