package ee.hoolekanne.adapter.letters;

import ee.hoolekanne.domain.casefile.CaseKind;
import ee.hoolekanne.domain.calendar.EstonianCalendar;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How a municipality's letters look: its letterhead (one per service where they differ), and
 * where its own templates are, which win over the library's: a directory, read at each render
 * after a change, or a classpath folder of its application.
 *
 * @param letterhead        the letterhead of every service without its own
 * @param byService         a letterhead for a service whose letters come from another authority
 * @param templateDirectory a directory of templates that override the library's, if any
 * @param templateClasspath a classpath folder (e.g. {@code /letters}) of templates that override
 *                          the library's, if any
 * @param calendar          the calendar the letters' deadlines are explained with
 */
public record LetterSettings(Letterhead letterhead, Map<CaseKind, Letterhead> byService, Option<Path> templateDirectory,
                             Option<String> templateClasspath, EstonianCalendar calendar) {

    /** Every part is required; the map is copied. */
    public LetterSettings {
        Objects.requireNonNull(letterhead, "letterhead");
        byService = Map.copyOf(byService);
        Objects.requireNonNull(templateDirectory, "templateDirectory");
        Objects.requireNonNull(templateClasspath, "templateClasspath");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The library's templates with {@code letterhead} for every service. */
    public static LetterSettings of(Letterhead letterhead) {
        return new LetterSettings(letterhead, Map.of(), Option.none(), Option.none(), EstonianCalendar.standard());
    }

    /** These settings with the templates of {@code directory} winning over the library's. */
    public LetterSettings withTemplateDirectory(Path directory) {
        return new LetterSettings(letterhead, byService, Option.some(directory), templateClasspath, calendar);
    }

    /** These settings with the templates of the classpath folder {@code folder} winning over the library's. */
    public LetterSettings withTemplateClasspath(String folder) {
        return new LetterSettings(letterhead, byService, templateDirectory, Option.some(folder), calendar);
    }

    /** These settings with {@code head} for the letters of {@code service}. */
    public LetterSettings withLetterhead(CaseKind service, Letterhead head) {
        Map<CaseKind, Letterhead> all = new java.util.EnumMap<>(CaseKind.class);
        all.putAll(byService);
        all.put(service, head);
        return new LetterSettings(letterhead, all, templateDirectory, templateClasspath, calendar);
    }

    /** The letterhead of {@code service}'s letters. */
    public Letterhead letterheadOf(CaseKind service) {
        return byService.getOrDefault(service, letterhead);
    }
}
