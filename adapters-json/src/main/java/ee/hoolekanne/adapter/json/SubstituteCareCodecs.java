package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.substitutecare.CarerKind;
import ee.hoolekanne.domain.substitutecare.CounsellingGroup;
import ee.hoolekanne.domain.substitutecare.FamilyServices;
import ee.hoolekanne.domain.substitutecare.GroupRules;
import ee.hoolekanne.domain.substitutecare.Mentor;
import ee.hoolekanne.domain.substitutecare.ServiceType;
import ee.hoolekanne.domain.substitutecare.SubstituteHome;
import ee.hoolekanne.domain.supportperson.County;
import ee.hoolekanne.domain.supportperson.Training;
import io.vavr.control.Option;

import java.util.LinkedHashSet;
import java.util.List;

/** The substitute-care support services' documents (AHT-5 .. AHT-8): what a family used, a group, a substitute home. */
final class SubstituteCareCodecs {

    private SubstituteCareCodecs() {
    }

    record FamilyServicesDocument(String type, Integer schemaVersion, FamilyDoc familyServices) {
    }

    /**
     * Version 1 wrote {@code sessions} as dates; version 2 as objects {@code {"on": date, "provider": id}}, the provider that
     * served the session (AHT-4), none for a session recorded before the provider was.
     */
    record FamilyDoc(String familyId, String kind, String county, List<com.fasterxml.jackson.databind.JsonNode> sessions, MentorDoc mentor) {
    }

    record MentorDoc(String id, String personalExperience, TrainingDoc preparatoryTraining) {
    }

    record TrainingDoc(String name, String completedOn) {
    }

    record CounsellingGroupDocument(String type, Integer schemaVersion, GroupDoc counsellingGroup) {
    }

    /** {@code participants} are written sorted, so that a group is always written the same way. */
    record GroupDoc(String id, String serviceType, RulesDoc rules, List<String> participants, List<MeetingDoc> meetings) {
    }

    record RulesDoc(Boolean closed, Integer minAcademicHours, Integer maxAcademicHours, Integer minMeetingsPerYear,
                    Integer maxMeetingsPerYear, Integer minParticipants, Integer maxParticipants) {
    }

    record MeetingDoc(String on, Integer academicHours) {
    }

    record SubstituteHomeDocument(String type, Integer schemaVersion, HomeDoc substituteHome) {
    }

    record HomeDoc(String id, List<String> evaluations) {
    }

    /** What one carer family used of the services (AHT-5, AHT-6). */
    static final Codec<FamilyServices, FamilyServicesDocument> FAMILY_SERVICES = new DocumentCodec<>(
            FamilyServicesDocument.class, FamilyServicesDocument::type, FamilyServicesDocument::schemaVersion) {
        @Override
        public FamilyServicesDocument encode(String type, int version, FamilyServices f, Settings s) {
            return new FamilyServicesDocument(type, version, new FamilyDoc(f.id().value(), f.carer().name(), f.county().name(),
                    f.sessions().stream().map(SubstituteCareCodecs::session).toList(),
                    f.mentor().map(m -> new MentorDoc(m.id(), m.personalExperience().map(Enum::name).getOrNull(),
                            m.preparatoryTraining().map(t -> new TrainingDoc(t.name(), Read.date(t.completedOn()))).getOrNull())).getOrNull()));
        }

        @Override
        public FamilyServices decode(FamilyServicesDocument document, Settings s) {
            At at = At.ROOT.field("familyServices");
            FamilyDoc d = Read.required(document.familyServices(), at);
            At ma = at.field("mentor");
            boolean first = document.schemaVersion() == 1;
            return Read.domain(at, () -> new FamilyServices(Read.caseId(d.familyId(), at.field("familyId")),
                    Read.constant(CarerKind.class, d.kind(), at.field("kind")), Read.constant(County.class, d.county(), at.field("county")),
                    Read.each(d.sessions(), at.field("sessions"), (node, p) -> first ? sessionOfVersion1(node, p) : session(node, p)),
                    Option.of(d.mentor()).map(m -> Read.domain(ma, () -> new Mentor(Read.text(m.id(), ma.field("id")),
                            Option.of(m.personalExperience()).map(k -> Read.constant(CarerKind.class, k, ma.field("personalExperience"))),
                            Option.of(m.preparatoryTraining()).map(t -> Read.domain(ma.field("preparatoryTraining"), () -> new Training(
                                    Read.text(t.name(), ma.field("preparatoryTraining").field("name")),
                                    Read.date(t.completedOn(), ma.field("preparatoryTraining").field("completedOn"))))))))));
        }
    };

    private static com.fasterxml.jackson.databind.JsonNode session(FamilyServices.Session session) {
        com.fasterxml.jackson.databind.node.ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("on", Read.date(session.on()));
        session.provider().forEach(p -> node.put("provider", p.value()));
        return node;
    }

    private static FamilyServices.Session sessionOfVersion1(com.fasterxml.jackson.databind.JsonNode node, At path) {
        if (!node.isTextual()) {
            throw Refusal.invalid(path, "a session of version 1 is a date");
        }
        return new FamilyServices.Session(Read.date(node.asText(), path), Option.none());
    }

    private static FamilyServices.Session session(com.fasterxml.jackson.databind.JsonNode node, At path) {
        if (!node.isObject()) {
            throw Refusal.invalid(path, "a session is an object with its date and provider");
        }
        java.util.Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("on") && !name.equals("provider")) {
                throw Refusal.invalid(path.field(name), "unknown field");
            }
        }
        com.fasterxml.jackson.databind.JsonNode on = node.get("on");
        com.fasterxml.jackson.databind.JsonNode provider = node.get("provider");
        if (on == null || !on.isTextual()) {
            throw Refusal.invalid(path.field("on"), "a session's date is required text");
        }
        if (provider != null && (!provider.isTextual() || provider.asText().isBlank())) {
            throw Refusal.invalid(path.field("provider"), "a provider is non-blank text");
        }
        return new FamilyServices.Session(Read.date(on.asText(), path.field("on")),
                Option.of(provider).map(p -> new ee.hoolekanne.domain.supportperson.ProviderId(p.asText())));
    }

    /** A counselling or thematic support group (AHT-7). */
    static final Codec<CounsellingGroup, CounsellingGroupDocument> COUNSELLING_GROUP = new DocumentCodec<>(
            CounsellingGroupDocument.class, CounsellingGroupDocument::type, CounsellingGroupDocument::schemaVersion) {
        @Override
        public CounsellingGroupDocument encode(String type, int version, CounsellingGroup g, Settings s) {
            GroupRules r = g.rules();
            return new CounsellingGroupDocument(type, version, new GroupDoc(g.id().value(), g.type().name(),
                    new RulesDoc(r.closed(), r.minAcademicHours(), r.maxAcademicHours(), r.minMeetingsPerYear(), r.maxMeetingsPerYear(),
                            r.minParticipants(), r.maxParticipants()),
                    g.participants().stream().sorted().toList(),
                    g.meetings().stream().map(m -> new MeetingDoc(Read.date(m.on()), m.academicHours())).toList()));
        }

        @Override
        public CounsellingGroup decode(CounsellingGroupDocument document, Settings s) {
            At at = At.ROOT.field("counsellingGroup");
            GroupDoc d = Read.required(document.counsellingGroup(), at);
            RulesDoc r = Read.required(d.rules(), at.field("rules"));
            At ra = at.field("rules");
            GroupRules rules = Read.domain(ra, () -> new GroupRules(Read.required(r.closed(), ra.field("closed")),
                    Read.required(r.minAcademicHours(), ra.field("minAcademicHours")), Read.required(r.maxAcademicHours(), ra.field("maxAcademicHours")),
                    Read.required(r.minMeetingsPerYear(), ra.field("minMeetingsPerYear")),
                    Read.required(r.maxMeetingsPerYear(), ra.field("maxMeetingsPerYear")),
                    Read.required(r.minParticipants(), ra.field("minParticipants")), Read.required(r.maxParticipants(), ra.field("maxParticipants"))));
            List<String> participants = Read.each(d.participants(), at.field("participants"), Read::text);
            if (new LinkedHashSet<>(participants).size() != participants.size()) {
                throw Refusal.invalid(at.field("participants"), "a participant is listed twice");
            }
            return Read.domain(at, () -> new CounsellingGroup(Read.caseId(d.id(), at.field("id")),
                    Read.constant(ServiceType.class, d.serviceType(), at.field("serviceType")), rules, new LinkedHashSet<>(participants),
                    Read.each(d.meetings(), at.field("meetings"), (m, p) -> Read.domain(p, () -> new CounsellingGroup.Meeting(
                            Read.date(m.on(), p.field("on")), Read.required(m.academicHours(), p.field("academicHours")))))));
        }
    };

    /** A substitute home and its internal evaluations (AHT-8). */
    static final Codec<SubstituteHome, SubstituteHomeDocument> SUBSTITUTE_HOME = new DocumentCodec<>(
            SubstituteHomeDocument.class, SubstituteHomeDocument::type, SubstituteHomeDocument::schemaVersion) {
        @Override
        public SubstituteHomeDocument encode(String type, int version, SubstituteHome h, Settings s) {
            return new SubstituteHomeDocument(type, version, new HomeDoc(h.id().value(), h.evaluations().stream().map(Read::date).toList()));
        }

        @Override
        public SubstituteHome decode(SubstituteHomeDocument document, Settings s) {
            At at = At.ROOT.field("substituteHome");
            HomeDoc d = Read.required(document.substituteHome(), at);
            return Read.domain(at, () -> new SubstituteHome(Read.caseId(d.id(), at.field("id")),
                    Read.each(d.evaluations(), at.field("evaluations"), Read::date)));
        }
    };
}
