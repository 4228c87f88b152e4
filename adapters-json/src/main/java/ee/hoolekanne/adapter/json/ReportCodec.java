package ee.hoolekanne.adapter.json;

import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.port.out.AuditRecord;
import ee.hoolekanne.port.out.PersonalDataReport;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Everything stored about a person (TSM-18) as one document: the person, their cases of every
 * service (each written as in its own document type) and the uses of their data.
 */
final class ReportCodec extends DocumentCodec<PersonalDataReport, ReportCodec.PersonalDataReportDocument> {

    static final ReportCodec INSTANCE = new ReportCodec();

    record PersonalDataReportDocument(String type, Integer schemaVersion, ReportDoc personalDataReport) {
    }

    record ReportDoc(String person, List<ApplicationDocs.ApplicationDoc> socialHousingCases,
                     List<ProtectionDocs.ReferralDoc> protectionReferrals, List<YouthDocs.YouthDoc> youthSupport,
                     List<JusticeDocs.PrisonerSupportDoc> prisonerSupport, List<JusticeDocs.StayDoc> accommodationStays,
                     List<ResocializationDocs.ResocializationDoc> resocialization, List<AuditDoc> audit) {
    }

    /** One use of the person's data, in the shape of the state's personal data usage monitor (Andmejälgija). */
    record AuditDoc(String person, String at, String action, String receiver, String legalBasis, String user) {
    }

    private ReportCodec() {
        super(PersonalDataReportDocument.class, PersonalDataReportDocument::type, PersonalDataReportDocument::schemaVersion);
    }


    @Override
    public PersonalDataReportDocument encode(String type, int version, PersonalDataReport r, Settings s) {
        return new PersonalDataReportDocument(type, version, new ReportDoc(Codecs.code(r.person(), s),
                r.cases().stream().map(x -> ApplicationCodec.INSTANCE.encode(null, 0, x, s).application()).toList(),
                r.protectionReferrals().stream().map(x -> ProtectionCodec.INSTANCE.encode(null, 0, x, s).referral()).toList(),
                r.youthSupport().stream().map(x -> YouthCodec.INSTANCE.encode(null, 0, x, s).youthSupport()).toList(),
                r.prisonerSupport().stream().map(x -> JusticeCodecs.PRISONER_SUPPORT.encode(null, 0, x, s).prisonerSupport()).toList(),
                r.releasedAccommodation().stream().map(x -> JusticeCodecs.ACCOMMODATION.encode(null, 0, x, s).stay()).toList(),
                r.resocialization().stream().map(x -> ResocializationCodec.INSTANCE.encode(null, 0, x, s).resocialization()).toList(),
                r.audit().stream().map(a -> new AuditDoc(Codecs.code(a.person(), s), a.at().toString(), a.action(), a.receiver(),
                        a.legalBasis(), a.user())).toList()));
    }

    @Override
    public PersonalDataReport decode(PersonalDataReportDocument document, Settings s) {
        At at = At.ROOT.field("personalDataReport");
        ReportDoc d = Read.required(document.personalDataReport(), at);
        PersonalCode person = Read.personalCode(d.person(), at.field("person"));
        int v = document.schemaVersion();
        return Read.domain(at, () -> new PersonalDataReport(person,
                parts(d.socialHousingCases(), at.field("socialHousingCases"), "/application",
                        x -> ApplicationCodec.INSTANCE.decode(new ApplicationDocs.ApplicationDocument(null, embedded(DocumentType.SOCIAL_HOUSING_CASE, v), x), s)),
                parts(d.protectionReferrals(), at.field("protectionReferrals"), "/referral",
                        x -> ProtectionCodec.INSTANCE.decode(new ProtectionDocs.ProtectionReferralDocument(null, embedded(DocumentType.PROTECTION_REFERRAL, v), x), s)),
                parts(d.youthSupport(), at.field("youthSupport"), "/youthSupport",
                        x -> YouthCodec.INSTANCE.decode(new YouthDocs.YouthSupportDocument(null, embedded(DocumentType.YOUTH_SUPPORT, v), x), s)),
                parts(d.prisonerSupport(), at.field("prisonerSupport"), "/prisonerSupport",
                        x -> JusticeCodecs.PRISONER_SUPPORT.decode(new JusticeDocs.PrisonerSupportDocument(null, embedded(DocumentType.PRISONER_SUPPORT, v), x), s)),
                parts(d.accommodationStays(), at.field("accommodationStays"), "/stay",
                        x -> JusticeCodecs.ACCOMMODATION.decode(new JusticeDocs.AccommodationDocument(null, embedded(DocumentType.ACCOMMODATION_STAY, v), x), s)),
                parts(d.resocialization(), at.field("resocialization"), "/resocialization",
                        x -> ResocializationCodec.INSTANCE.decode(new ResocializationDocs.ResocializationDocument(null, embedded(DocumentType.RESOCIALIZATION, v), x), s)),
                Read.each(d.audit(), at.field("audit"), (a, p) -> Read.domain(p, () -> new AuditRecord(
                        Read.personalCode(a.person(), p.field("person")), instant(a.at(), p.field("at")), Read.text(a.action(), p.field("action")),
                        Read.text(a.receiver(), p.field("receiver")), Read.text(a.legalBasis(), p.field("legalBasis")),
                        Read.text(a.user(), p.field("user")))))));
    }

    /**
     * The version of an embedded case document: a report of version 1 holds cases of version 1; a
     * report of the current version holds cases of their current versions.
     */
    private static int embedded(DocumentType<?> type, int reportVersion) {
        return reportVersion == 1 ? 1 : type.schemaVersion();
    }

    /**
     * Each part decoded by its own document type's codec; an error inside part {@code i} is
     * reported at its place in this document ({@code /personalDataReport/<list>/<i>/...}).
     */
    private static <D, T> List<T> parts(List<D> docs, At at, String ownRoot, Function<D, T> decode) {
        return Read.each(docs, at, (doc, p) -> {
            try {
                return decode.apply(doc);
            } catch (Refusal r) {
                String path = r.error().path();
                String inner = path.startsWith(ownRoot) ? path.substring(ownRoot.length()) : "";
                throw new Refusal(new DecodingError.Invalid(p + inner, r.error().problem()));
            }
        });
    }

    private static Instant instant(String text, At at) {
        try {
            return Instant.parse(Read.text(text, at));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(at, "not an ISO-8601 instant (e.g. 2026-01-05T08:00:00Z)");
        }
    }
}
