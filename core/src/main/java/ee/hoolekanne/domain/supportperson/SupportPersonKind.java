package ee.hoolekanne.domain.supportperson;

/** Trusted or professional support person (AHT-10). */
public enum SupportPersonKind {
    /** Known and close to the client beforehand and wanted by them (usaldus-tugiisik). */
    TRUSTED,
    /** Not known beforehand; trained as a support person or educated in the social field (professional tugiisik). */
    PROFESSIONAL
}
