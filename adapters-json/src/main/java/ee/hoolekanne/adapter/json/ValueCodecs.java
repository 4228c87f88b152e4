package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.resocialization.MonthlyStatement;
import ee.hoolekanne.domain.socialhousing.ServiceContract;
import ee.hoolekanne.domain.supportperson.Assignment;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Documents of single values that also appear inside cases: a decision, a contract, an action
 * plan, a support-person assignment, a monthly statement. Each is written as inside a case.
 */
final class ValueCodecs {

    private ValueCodecs() {
    }

    record DecisionDocument(String type, Integer schemaVersion, ApplicationDocs.DecisionDoc decision) {
    }

    record ContractDocument(String type, Integer schemaVersion, ApplicationDocs.ContractDoc contract) {
    }

    record ActionPlanDocument(String type, Integer schemaVersion, ApplicationDocs.ActionPlanDoc actionPlan) {
    }

    record AssignmentDocument(String type, Integer schemaVersion, ProtectionDocs.AssignmentDoc assignment) {
    }

    record StatementDocument(String type, Integer schemaVersion, StatementDoc statement) {
    }

    /** A month's bill: lines in euros with two decimals and their total, which must be their sum. */
    record StatementDoc(String month, List<LineDoc> lines, String total) {
    }

    record LineDoc(String description, String amount) {
    }

    /** A codec of a document that holds one value under one field. */
    static final class Single<T, I, D> extends DocumentCodec<T, D> {
        private final String field;
        private final Function<D, I> inner;
        private final Envelope<I, D> envelope;
        private final BiFunction<T, Settings, I> encode;
        private final BiFunction<I, At, T> decode;

        /** Builds a document from its type, schema version and value. */
        @FunctionalInterface
        interface Envelope<I, D> {
            D of(String type, Integer version, I inner);
        }

        Single(Class<D> documentClass, String field, Function<D, String> type, Function<D, Integer> version, Function<D, I> inner,
               Envelope<I, D> envelope, BiFunction<T, Settings, I> encode, BiFunction<I, At, T> decode) {
            super(documentClass, type, version);
            this.field = field;
            this.inner = inner;
            this.envelope = envelope;
            this.encode = encode;
            this.decode = decode;
        }

        @Override
        public D encode(String typeName, int schemaVersion, T value, Settings settings) {
            return envelope.of(typeName, schemaVersion, encode.apply(value, settings));
        }

        @Override
        public T decode(D document, Settings settings) {
            At at = At.ROOT.field(field);
            return decode.apply(Read.required(inner.apply(document), at), at);
        }
    }

    static final Single<Decision, ApplicationDocs.DecisionDoc, DecisionDocument> DECISION = new Single<>(DecisionDocument.class,
            "decision", DecisionDocument::type, DecisionDocument::schemaVersion, DecisionDocument::decision, DecisionDocument::new,
            (d, s) -> ApplicationCodec.decision(d, s), ApplicationCodec::decision);

    static final Single<ServiceContract, ApplicationDocs.ContractDoc, ContractDocument> CONTRACT = new Single<>(ContractDocument.class,
            "contract", ContractDocument::type, ContractDocument::schemaVersion, ContractDocument::contract, ContractDocument::new,
            ApplicationCodec::contract, ApplicationCodec::contract);

    static final Single<ActionPlan, ApplicationDocs.ActionPlanDoc, ActionPlanDocument> ACTION_PLAN = new Single<>(
            ActionPlanDocument.class, "actionPlan", ActionPlanDocument::type, ActionPlanDocument::schemaVersion,
            ActionPlanDocument::actionPlan, ActionPlanDocument::new, (p, s) -> ApplicationCodec.plan(p), ApplicationCodec::plan);

    static final Single<Assignment, ProtectionDocs.AssignmentDoc, AssignmentDocument> ASSIGNMENT = new Single<>(
            AssignmentDocument.class, "assignment", AssignmentDocument::type, AssignmentDocument::schemaVersion,
            AssignmentDocument::assignment, AssignmentDocument::new, (a, s) -> ProtectionCodec.assignmentDoc(a), ProtectionCodec::assignment);

    static final Single<MonthlyStatement, StatementDoc, StatementDocument> STATEMENT = new Single<>(StatementDocument.class,
            "statement", StatementDocument::type, StatementDocument::schemaVersion, StatementDocument::statement, StatementDocument::new,
            (m, s) -> new StatementDoc(m.month().toString(), m.lines().stream()
                    .map(l -> new LineDoc(l.description(), ApplicationCodec.money(l.amount()))).toList(), ApplicationCodec.money(m.total())),
            ValueCodecs::statement);

    private static MonthlyStatement statement(StatementDoc d, At at) {
        YearMonth month;
        String text = Read.text(d.month(), at.field("month"));
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}")) {
                throw new DateTimeParseException("", text, 0);
            }
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(at.field("month"), "not a month (yyyy-mm)");
        }
        List<MonthlyStatement.Line> lines = Read.each(d.lines(), at.field("lines"), (l, p) -> Read.domain(p,
                () -> new MonthlyStatement.Line(Read.text(l.description(), p.field("description")), ApplicationCodec.money(l.amount(), p.field("amount")))));
        return Read.domain(at.field("total"), () -> new MonthlyStatement(month, lines, ApplicationCodec.money(d.total(), at.field("total"))));
    }
}
