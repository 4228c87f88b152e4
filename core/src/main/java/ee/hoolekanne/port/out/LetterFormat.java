package ee.hoolekanne.port.out;

/** How a letter is rendered. */
public enum LetterFormat {
    /** An HTML document (UTF-8), e.g. for a caseworker's screen or an e-mail. */
    HTML("text/html", "html"),
    /** An archival PDF (PDF/A-2) with embedded fonts, for delivery and the records. */
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    LetterFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, e.g. {@code pdf}. */
    public String extension() {
        return extension;
    }
}
