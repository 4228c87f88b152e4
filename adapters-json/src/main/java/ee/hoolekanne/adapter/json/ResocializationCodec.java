package ee.hoolekanne.adapter.json;

import ee.hoolekanne.adapter.json.ResocializationDocs.ExitDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.FormDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.IdentityDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.LaundryDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.ResocializationDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.ResocializationDocument;
import ee.hoolekanne.adapter.json.ResocializationDocs.RoomDoc;
import ee.hoolekanne.adapter.json.ResocializationDocs.StayDoc;
import ee.hoolekanne.domain.actionplan.ActionPlan;
import ee.hoolekanne.domain.resocialization.DeciderRole;
import ee.hoolekanne.domain.resocialization.ApplicationPart;
import ee.hoolekanne.domain.resocialization.Exit;
import ee.hoolekanne.domain.resocialization.IdentityDocument;
import ee.hoolekanne.domain.resocialization.LaundryUse;
import ee.hoolekanne.domain.resocialization.PriceList;
import ee.hoolekanne.domain.resocialization.Resocialization;
import ee.hoolekanne.domain.resocialization.ResocializationError;
import ee.hoolekanne.domain.resocialization.ResocializationForm;
import ee.hoolekanne.domain.resocialization.Room;
import ee.hoolekanne.domain.resocialization.Stage;
import ee.hoolekanne.domain.resocialization.Stay;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A resocialization case in Tallinn, every stage (RES-1 .. RES-10), both ways. */
final class ResocializationCodec extends DocumentCodec<Resocialization, ResocializationDocument> {

    static final ResocializationCodec INSTANCE = new ResocializationCodec();

    private static final Set<String> RESIDENT = Set.of("stays", "actionPlan", "laundry");
    private static final Map<String, Set<String>> FIELDS = Map.of("Incomplete", Set.of("missingParts", "remedyTerm"),
            "Applied", Set.of(), "Refused", Set.of(),
            "InShelter", RESIDENT, "InSocialHousingUnit", RESIDENT, "InDormitory", RESIDENT,
            "InIndependentLife", Set.of("stays", "laundry", "since"), "LeftPathway", Set.of("stays", "laundry", "exit", "lastDay"));
    private static final Map<String, Stage> STAGES = Map.of("InShelter", Stage.SHELTER, "InSocialHousingUnit", Stage.SOCIAL_HOUSING_UNIT,
            "InDormitory", Stage.DORMITORY);

    private ResocializationCodec() {
        super(ResocializationDocument.class, ResocializationDocument::type, ResocializationDocument::schemaVersion);
    }


    @Override
    public ResocializationDocument encode(String type, int version, Resocialization r, Settings s) {
        String state;
        List<Stay> stays = null;
        Option<ActionPlan> plan = Option.none();
        List<LaundryUse> laundry = null;
        String since = null;
        ExitDoc exit = null;
        String lastDay = null;
        List<String> missing = null;
        ApplicationDocs.RemedyTermDoc remedy = null;
        switch (r) {
            case Resocialization.Incomplete x -> {
                state = "Incomplete";
                missing = x.missingParts().stream().map(Enum::name).toList();
                remedy = x.remedyTerm().map(ApplicationCodec::remedyTerm).getOrNull();
            }
            case Resocialization.Applied x -> state = "Applied";
            case Resocialization.Refused x -> state = "Refused";
            case Resocialization.Resident x -> {
                state = stateOf(x);
                stays = x.stays();
                plan = x.actionPlan();
                laundry = x.laundry();
            }
            case Resocialization.InIndependentLife x -> {
                state = "InIndependentLife";
                stays = x.stays();
                laundry = x.laundry();
                since = Read.date(x.since());
            }
            case Resocialization.LeftPathway x -> {
                state = "LeftPathway";
                stays = x.stays();
                laundry = x.laundry();
                exit = new ExitDoc(x.exit().kind(), x.exit() instanceof Exit.ServiceEnded e ? e.role().name() : null,
                        x.exit() instanceof Exit.MovedElsewhere m ? m.destination() : null);
                lastDay = Read.date(x.lastDay());
            }
        }
        ResocializationForm f = r.form();
        FormDoc form = new FormDoc(Codecs.code(f.applicant(), s), masked(f.name(), s), f.residenceOrStay().getOrNull(),
                f.contactDetails().getOrNull(), f.householdMembers().map(list -> list.stream().map(c -> Codecs.code(c, s)).toList()).getOrNull(),
                masked(f.whyCounselling(), s), masked(f.whatHinders(), s), masked(f.whyNoDwelling(), s));
        return new ResocializationDocument(type, version, new ResocializationDoc(r.id().value(), state, form, r.districtGovernment(),
                new IdentityDoc(r.identity().kind().name(), Read.date(r.identity().verifiedOn())), Read.date(r.appliedOn()),
                r.decisions().stream().map(x -> ApplicationCodec.decision(x, s)).toList(),
                stays == null ? null : stays.stream().map(ResocializationCodec::stay).toList(),
                plan.map(ApplicationCodec::plan).getOrNull(),
                laundry == null ? null : laundry.stream().map(l -> new LaundryDoc(Read.date(l.on()), l.service().name(), l.loads())).toList(),
                since, exit, lastDay, missing, remedy));
    }

    private static String stateOf(Resocialization.Resident resident) {
        return switch (resident) {
            case Resocialization.InShelter x -> "InShelter";
            case Resocialization.InSocialHousingUnit x -> "InSocialHousingUnit";
            case Resocialization.InDormitory x -> "InDormitory";
        };
    }

    private static String masked(Option<String> text, Settings s) {
        return text.map(t -> s.redacted() ? ApplicationCodec.MASKED_TEXT : t).getOrNull();
    }

    private static StayDoc stay(Stay x) {
        return new StayDoc(x.stage().name(), new RoomDoc(x.room().unit().value(), x.room().beds(), x.room().renovated()), x.children(),
                Read.date(x.from()), x.until().map(Read::date).getOrNull());
    }

    @Override
    public Resocialization decode(ResocializationDocument document, Settings s) {
        At at = At.ROOT.field("resocialization");
        ResocializationDoc d = Read.required(document.resocialization(), at);
        String state = Read.text(d.state(), at.field("state"));
        Set<String> allowed = FIELDS.get(state);
        Set<String> secondVersion = Set.of("LeftPathway", "Incomplete");
        if (allowed == null || document.schemaVersion() == 1 && secondVersion.contains(state)) {
            throw Refusal.invalid(at.field("state"), "not one of " + FIELDS.keySet().stream()
                    .filter(k -> document.schemaVersion() > 1 || !secondVersion.contains(k)).sorted().toList());
        }
        Read.onlyFields(at, state, allowed, new Object[][]{{"stays", d.stays()}, {"actionPlan", d.actionPlan()},
                {"laundry", d.laundry()}, {"since", d.since()}, {"exit", d.exit()}, {"lastDay", d.lastDay()},
                {"missingParts", d.missingParts()}, {"remedyTerm", d.remedyTerm()}}, "case");
        FormDoc f = Read.required(d.form(), at.field("form"));
        At fa = at.field("form");
        for (String text : new String[]{f.name(), f.whyCounselling(), f.whatHinders(), f.whyNoDwelling()}) {
            if (ApplicationCodec.MASKED_TEXT.equals(text)) {
                throw Refusal.invalid(fa, "redacted: a redacted document is for reading by people, it cannot be decoded");
            }
        }
        ResocializationForm form = Read.domain(fa, () -> new ResocializationForm(Read.personalCode(f.applicant(), fa.field("applicant")),
                Option.of(f.name()), Option.of(f.residenceOrStay()), Option.of(f.contactDetails()),
                Option.of(f.householdMembers()).map(list -> Read.each(list, fa.field("householdMembers"), Read::personalCode)),
                Option.of(f.whyCounselling()), Option.of(f.whatHinders()), Option.of(f.whyNoDwelling())));
        IdentityDoc i = Read.required(d.identity(), at.field("identity"));
        At ia = at.field("identity");
        Resocialization.Common common = new Resocialization.Common(Read.caseId(d.id(), at.field("id")), form,
                Read.text(d.districtGovernment(), at.field("districtGovernment")),
                Read.domain(ia, () -> new IdentityDocument(Read.constant(IdentityDocument.Kind.class, i.kind(), ia.field("kind")),
                        Read.date(i.verifiedOn(), ia.field("verifiedOn")))),
                Read.date(d.appliedOn(), at.field("appliedOn")),
                Read.each(d.decisions(), at.field("decisions"), ApplicationCodec::decision));
        Either<ResocializationError, Resocialization> built = switch (state) {
            case "Incomplete" -> Resocialization.Reconstitute.incomplete(common,
                    Read.each(d.missingParts(), at.field("missingParts"), (m, p) -> Read.constant(ApplicationPart.class, m, p)),
                    Option.of(d.remedyTerm()).map(t -> ApplicationCodec.remedyTerm(t, at.field("remedyTerm"))));
            case "Applied" -> Resocialization.Reconstitute.applied(common);
            case "Refused" -> Resocialization.Reconstitute.refused(common);
            case "InIndependentLife" -> Resocialization.Reconstitute.independent(common, stays(d, at), laundry(d, at),
                    Read.date(d.since(), at.field("since")));
            case "LeftPathway" -> Resocialization.Reconstitute.left(common, stays(d, at), laundry(d, at), exit(d, common, at),
                    Read.date(d.lastDay(), at.field("lastDay")));
            default -> Resocialization.Reconstitute.resident(common, STAGES.get(state), stays(d, at),
                    Option.of(d.actionPlan()).map(p -> ApplicationCodec.plan(p, at.field("actionPlan"))), laundry(d, at));
        };
        return built.getOrElseThrow(e -> Refusal.invalid(at, "not a valid " + state + " case: " + e.message()));
    }

    /** RES-11: how the resident left; a decision ending the service is the case's last decision. */
    private static Exit exit(ResocializationDoc d, Resocialization.Common common, At at) {
        ExitDoc e = Read.required(d.exit(), at.field("exit"));
        At ea = at.field("exit");
        String kind = Read.text(e.kind(), ea.field("kind"));
        Exit exit = switch (kind) {
            case "OWN_CHOICE" -> new Exit.OwnChoice();
            case "DIED" -> new Exit.Died();
            case "MOVED_ELSEWHERE" -> Read.domain(ea, () -> new Exit.MovedElsewhere(Read.text(e.destination(), ea.field("destination"))));
            case "SERVICE_ENDED" -> {
                if (common.decisions().isEmpty()) {
                    throw Refusal.invalid(at.field("decisions"), "a service ended by decision has that decision");
                }
                yield new Exit.ServiceEnded(common.decisions().get(common.decisions().size() - 1),
                        Read.constant(DeciderRole.class, e.role(), ea.field("role")));
            }
            default -> throw Refusal.invalid(ea.field("kind"), "not one of [DIED, MOVED_ELSEWHERE, OWN_CHOICE, SERVICE_ENDED]");
        };
        if (!(exit instanceof Exit.ServiceEnded) && e.role() != null || !(exit instanceof Exit.MovedElsewhere) && e.destination() != null) {
            throw Refusal.invalid(ea, "a " + kind + " exit has no " + (e.role() != null ? "role" : "destination"));
        }
        return exit;
    }

    private static List<Stay> stays(ResocializationDoc d, At at) {
        return Read.each(d.stays(), at.field("stays"), (x, p) -> {
            RoomDoc room = Read.required(x.room(), p.field("room"));
            At ra = p.field("room");
            return Read.domain(p, () -> new Stay(Read.constant(Stage.class, x.stage(), p.field("stage")),
                    Read.domain(ra, () -> new Room(Read.unitId(room.unit(), ra.field("unit")), Read.required(room.beds(), ra.field("beds")),
                            Read.required(room.renovated(), ra.field("renovated")))),
                    Read.required(x.children(), p.field("children")), Read.date(x.from(), p.field("from")),
                    Option.of(x.until()).map(u -> Read.date(u, p.field("until")))));
        });
    }

    private static List<LaundryUse> laundry(ResocializationDoc d, At at) {
        return Read.each(d.laundry(), at.field("laundry"), (x, p) -> Read.domain(p, () -> new LaundryUse(Read.date(x.on(), p.field("on")),
                Read.constant(PriceList.Laundry.class, x.service(), p.field("service")), Read.required(x.loads(), p.field("loads")))));
    }
}
