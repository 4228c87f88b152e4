package ee.hoolekanne.adapter.json;

import java.util.List;

/** The youth-leaving-care support-person document (AHT-9 .. AHT-13): common fields, a {@code state} and that state's fields. */
final class YouthDocs {

    private YouthDocs() {
    }

    record YouthSupportDocument(String type, Integer schemaVersion, YouthDoc youthSupport) {
    }

    record YouthDoc(String id, String state, String youth, List<String> situations, String livesIn, String leavingDate,
                    Boolean inAftercare, String markedOn, String provider, String passedOn, ProtectionDocs.AssignmentDoc assignment,
                    AgreementDoc agreement, List<DiaryDoc> diary, List<ProtectionDocs.ReportDoc> reports, List<String> assessments,
                    String endedOn, String reason, String proposedBy) {
    }

    record AgreementDoc(String signedOn, List<String> goals, String communicationPrinciples, String confidentialityPrinciples,
                        ProtectionDocs.LanguageDoc language) {
    }

    record DiaryDoc(String on, String note) {
    }
}
