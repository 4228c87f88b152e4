package ee.hoolekanne.adapter.letters;

import ee.hoolekanne.domain.calendar.Deadline;
import ee.hoolekanne.domain.decision.ChallengeRoute;
import ee.hoolekanne.domain.decision.Decision;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.letter.LetterBody;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.Addressee;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Letter} put into the words of one language, as the template's model: maps, lists and
 * texts only, every text cleaned of what XML cannot hold (control characters, lone surrogates).
 * The template escapes; this class never writes markup.
 */
final class LetterModel {

    private static final String[] LABELS = {"number", "date", "case", "decision", "operative", "grounds", "facts", "legalBasis",
        "hearing", "deadlines", "challenge", "decidedBy", "signedDigitally", "page", "registryCode"};

    private LetterModel() {
    }

    static Map<String, Object> of(Letter letter, Addressee addressee, Letterhead head, Locale language) {
        Texts t = Texts.of(language);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", t.locale().getLanguage());
        Map<String, String> labels = new HashMap<>();
        for (String label : LABELS) {
            labels.put(label, t.get("letter." + label));
        }
        model.put("t", labels);
        model.put("head", Map.of("name", clean(head.name()), "address", cleanAll(head.address()), "registryCode", clean(head.registryCode()),
                "phone", clean(head.phone()), "email", clean(head.email()), "website", clean(head.website())));
        model.put("to", Map.of("name", clean(addressee.name()), "address", cleanAll(addressee.address())));
        model.put("number", clean(letter.number()));
        model.put("date", t.date(letter.date()));
        model.put("caseId", clean(letter.caseId().value()));
        model.put("signedDigitally", head.signsDigitally());
        model.put("deadlines", deadlines(letter.deadlines(), t, language));
        switch (letter.body()) {
            case LetterBody.OfDecision d -> decision(model, d, t, language);
            default -> notice(model, letter.body(), t);
        }
        return model;
    }

    private static void decision(Map<String, Object> model, LetterBody.OfDecision body, Texts t, Locale language) {
        Decision d = body.decision();
        model.put("decision", true);
        model.put("title", clean(t.get("letter.decision") + " — " + t.act(d.kind())));
        model.put("operative", clean(t.operative(d.outcome())));
        List<? extends Ground> grounds = switch (d.outcome()) {
            case Outcome.Refuse r -> r.grounds();
            case Outcome.Terminate x -> x.grounds();
            default -> List.of();
        };
        model.put("grounds", grounds.stream().map(g -> clean(t.ground(g) + " (" + g.ruleId() + ", " + g.provision() + ")")).toList());
        model.put("facts", cleanAll(d.reasons().facts()));
        model.put("legalBasis", d.legalBasis().stream().map(b -> clean(b.ruleId() + ", " + b.provision())).toList());
        model.put("hearing", d.reasons().hearing().map(h -> clean(t.hearing(h))).getOrElse(""));
        Map<String, String> maker = new HashMap<>();
        maker.put("body", clean(d.madeBy().body()));
        maker.put("role", clean(d.madeBy().role()));
        maker.put("signer", clean(d.madeBy().signer().getOrElse("")));
        model.put("maker", maker);
        ChallengeRoute route = body.procedure().challenge();
        Map<String, String> challenge = new HashMap<>();
        challenge.put("text", clean(t.get("letter.challenge.body", body.procedure().authority(), route.challengeResolvedBy(),
                t.term(route.challengeTerm()), route.court(), route.courtAddress(), t.term(route.appealTerm()))));
        challenge.put("by", body.challengeDeadlines().size() == 2 ? clean(t.get("letter.challenge.by",
                t.date(body.challengeDeadlines().get(0).dueDate()), t.date(body.challengeDeadlines().get(1).dueDate()))) : "");
        model.put("challenge", challenge);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> all = new ArrayList<>((List<Map<String, String>>) model.get("deadlines"));
        List<Deadline> challenges = body.challengeDeadlines();
        for (int i = 0; i < challenges.size(); i++) {
            Map<String, String> entry = deadline(challenges.get(i), t, language);
            entry.put("label", t.get(i == 0 ? "letter.deadline.challenge" : "letter.deadline.appeal"));
            all.add(entry);
        }
        model.put("deadlines", all);
        model.put("paragraphs", List.of());
    }

    private static void notice(Map<String, Object> model, LetterBody body, Texts t) {
        model.put("decision", false);
        model.put("title", clean(t.get("notice." + body.kind() + ".title")));
        List<String> paragraphs = new ArrayList<>();
        switch (body) {
            case LetterBody.WaitingListPosition w -> {
                paragraphs.add(t.get("notice.WAITING_LIST_POSITION.body", t.date(w.since())));
                w.position().forEach(p -> paragraphs.add(t.get("notice.WAITING_LIST_POSITION.position", p)));
            }
            case LetterBody.FreedPlace f -> paragraphs.add(t.get("notice.FREED_PLACE.body", f.unit(), t.date(f.freedOn())));
            case LetterBody.Lapse l -> paragraphs.add(t.get("notice.LAPSE.body", l.decisionNumber(), t.date(l.lapsedOn()), l.lapsedBy().id()));
            case LetterBody.RemedyRequest r -> paragraphs.add(t.get("notice.REMEDY_REQUEST.body",
                    String.join("; ", r.missing().stream().map(p -> t.getOrElse("part." + p, p)).toList())));
            case LetterBody.ReferralEnded e -> paragraphs.add(t.get("notice.REFERRAL_ENDED.body", t.date(e.endedOn()),
                    t.getOrElse("endReason." + e.reason(), e.reason())));
            case LetterBody.SupportPersonAssigned a -> paragraphs.add(t.get("notice.SUPPORT_PERSON_ASSIGNED.body", a.provider(),
                    t.date(a.from())) + " (" + a.rule().id() + ")");
            case LetterBody.Admission a -> paragraphs.add(t.get("notice.ADMISSION.body", a.provider(), t.date(a.admittedOn()),
                    t.date(a.until())) + " (JUS-5)");
            case LetterBody.OfDecision d -> throw new IllegalStateException("a decision is not a notice");
        }
        if (body instanceof LetterBody.RemedyRequest r) {
            // the remedy term is the letter's first deadline (HMS-1)
            @SuppressWarnings("unchecked")
            List<Map<String, String>> deadlines = new ArrayList<>((List<Map<String, String>>) model.get("deadlines"));
            deadlines.add(0, deadline(r.term(), t, t.locale()));
            model.put("deadlines", deadlines);
        }
        model.put("paragraphs", cleanAll(paragraphs));
    }

    private static List<Map<String, String>> deadlines(List<Deadline> deadlines, Texts t, Locale language) {
        return deadlines.stream().map(d -> deadline(d, t, language)).toList();
    }

    private static Map<String, String> deadline(Deadline d, Texts t, Locale language) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", "");
        m.put("due", t.date(d.dueDate()));
        m.put("explanation", clean(d.explain(language)));
        return m;
    }

    private static List<String> cleanAll(List<String> texts) {
        return texts.stream().map(LetterModel::clean).toList();
    }

    /**
     * {@code text} with every character XML 1.0 cannot hold (control characters but tab, line
     * feed and carriage return; lone surrogates; U+FFFE, U+FFFF) replaced by U+FFFD.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                        || (c >= 0x7F && c <= 0x9F);
            }
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
