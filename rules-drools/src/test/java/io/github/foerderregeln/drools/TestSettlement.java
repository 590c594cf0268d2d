package io.github.foerderregeln.drools;

import io.github.foerderregeln.api.CostCategory;
import io.github.foerderregeln.api.LegalForm;
import io.github.foerderregeln.api.settlement.Expenditure;
import io.github.foerderregeln.api.settlement.GrantDecision;
import io.github.foerderregeln.api.settlement.Payment;
import io.github.foerderregeln.api.settlement.Recipient;
import io.github.foerderregeln.api.settlement.Settlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A settlement of the Haldensleben decision (grant 170,320.00, rate 0.8000, PERSONNEL 160,000.00,
 * MATERIAL 52,900.00, period 2019-01-16 to 2020-12-31, ANBest-Gk), proof submitted 2021-05-20 (due
 * 2021-06-30), settled 2021-09-01, to be changed by each test.
 */
final class TestSettlement {
    String grant = "170320.00";
    String rate = "0.8000";
    Map<CostCategory, BigDecimal> approved = new EnumMap<>(Map.of(CostCategory.PERSONNEL, new BigDecimal("160000.00"),
            CostCategory.MATERIAL, new BigDecimal("52900.00")));
    String plannedOther = "0.00";
    String start = "2019-01-16";
    String end = "2020-12-31";
    Set<CostCategory> overrunApproved = EnumSet.noneOf(CostCategory.class);
    final List<Payment> payments = new ArrayList<>();
    final List<Expenditure> expenditure = new ArrayList<>();
    String otherReceived = "0.00";
    String submitted = "2021-05-20";
    String settled = "2021-09-01";

    TestSettlement pay(String day, String amount) {
        payments.add(new Payment(LocalDate.parse(day), new BigDecimal(amount)));
        return this;
    }

    TestSettlement spend(CostCategory category, String day, String amount) {
        expenditure.add(new Expenditure(category, new BigDecimal(amount), LocalDate.parse(day), category + " " + day));
        return this;
    }

    TestSettlement personnel(String day, String amount) {
        return spend(CostCategory.PERSONNEL, day, amount);
    }

    TestSettlement material(String day, String amount) {
        return spend(CostCategory.MATERIAL, day, amount);
    }

    GrantDecision decision() {
        return new GrantDecision("haldensleben-2019", "rdz-lsa-2018", LocalDate.parse("2019-01-16"),
                new Recipient("Stadt Haldensleben", LegalForm.GEMEINDE), new BigDecimal(grant), new BigDecimal(rate),
                approved, new BigDecimal(plannedOther), LocalDate.parse(start), LocalDate.parse(end), null, null, null);
    }

    Settlement build() {
        return new Settlement("haldensleben-2019-settlement", decision(), overrunApproved, payments, expenditure,
                new BigDecimal(otherReceived), LocalDate.parse(submitted), LocalDate.parse(settled));
    }

    /**
     * Case A of the worked cases: 212,900.00 spent as planned, each 80 % drawn a fortnight before it
     * was paid: uses 64,000.00 (2019-06-30), 21,160.00 (2019-09-30), 64,000.00 (2020-06-30),
     * 21,160.00 (2020-09-30) = 170,320.00.
     */
    static TestSettlement asPlanned() {
        return new TestSettlement()
                .personnel("2019-06-30", "80000.00").material("2019-09-30", "26450.00")
                .personnel("2020-06-30", "80000.00").material("2020-09-30", "26450.00")
                .pay("2019-06-15", "64000.00").pay("2019-09-15", "21160.00")
                .pay("2020-06-15", "64000.00").pay("2020-09-15", "21160.00");
    }
}
