package ee.hoolekanne.adapter.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.port.out.DecisionLetters;
import ee.hoolekanne.port.out.LetterFailure;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.port.out.RenderedLetter;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.vavr.control.Either;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The letters adapter of {@link DecisionLetters}: a {@link Letter} through a FreeMarker template
 * ({@code letter.ftlh}, HTML auto-escaped) to HTML, and through openhtmltopdf to an archival PDF
 * (PDF/A-2u, DejaVu Sans embedded: Estonian õ ä ö ü š ž and Cyrillic). A municipality overrides
 * the template, or one language of it ({@code letter_ru.ftlh}), from its own directory or
 * classpath folder ({@link LetterSettings}); a directory's templates are checked for changes every
 * five seconds. Values that XML cannot hold are replaced, never passed on. The PDF's metadata hold
 * the kind of letter and its number only; the suggested file name holds the case and the number.
 * Thread-safe; make one and share it.
 *
 * <p>openhtmltopdf's own logging is switched off when the first instance is made, so no text of a
 * letter reaches a log.
 */
public final class HoolekanneLetters implements DecisionLetters {

    /** The template every letter is rendered with. */
    public static final String TEMPLATE = "letter.ftlh";
    /** The font family the library's template uses. */
    public static final String FONT = "DejaVu Sans";

    private static final String BUILT_IN = "/ee/hoolekanne/adapter/letters/templates";
    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final LetterSettings settings;
    private final Configuration freemarker;

    private HoolekanneLetters(LetterSettings settings, Configuration freemarker) {
        this.settings = settings;
        this.freemarker = freemarker;
    }

    /**
     * The adapter with {@code settings}.
     *
     * @throws IllegalArgumentException if the template directory does not exist or cannot be read
     */
    public static HoolekanneLetters create(LetterSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<TemplateLoader> loaders = new ArrayList<>();
        settings.templateDirectory().forEach(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new IllegalArgumentException("the template directory cannot be read: " + dir, e);
            }
        });
        settings.templateClasspath().forEach(folder -> loaders.add(new ClassTemplateLoader(classLoader(), strip(folder))));
        loaders.add(new ClassTemplateLoader(HoolekanneLetters.class, BUILT_IN));
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocalizedLookup(true);
        return new HoolekanneLetters(settings, cfg);
    }

    @Override
    public Either<LetterFailure, RenderedLetter> render(Letter letter, Addressee addressee, Locale language, LetterFormat format) {
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
        Locale lang = Texts.of(language).locale();
        String fileName = fileName(letter, lang, format);
        Either<LetterFailure, String> html = html(letter, addressee, lang);
        return switch (format) {
            case HTML -> html.map(h -> new RenderedLetter(format, h.getBytes(StandardCharsets.UTF_8), fileName));
            case PDF -> html.flatMap(HoolekanneLetters::pdf).map(bytes -> new RenderedLetter(format, bytes, fileName));
        };
    }

    /** The letter as HTML, or why the template failed. */
    Either<LetterFailure, String> html(Letter letter, Addressee addressee, Locale language) {
        Map<String, Object> model = LetterModel.of(letter, addressee, settings.letterheadOf(letter.service()), language);
        try {
            Template template = freemarker.getTemplate(TEMPLATE, language);
            StringWriter out = new StringWriter(8192);
            template.process(model, out);
            return Either.right(out.toString());
        } catch (TemplateNotFoundException e) {
            return Either.left(new LetterFailure.Template(TEMPLATE, "not found"));
        } catch (ParseException e) {
            return Either.left(new LetterFailure.Template(e.getTemplateName(), "syntax error at line " + e.getLineNumber()));
        } catch (TemplateException e) {
            return Either.left(new LetterFailure.Template(Objects.requireNonNullElse(e.getTemplateSourceName(), TEMPLATE),
                    "failed at line " + e.getLineNumber() + (e.getBlamedExpressionString() == null ? ""
                            : " on the expression " + e.getBlamedExpressionString())));
        } catch (IOException e) {
            return Either.left(new LetterFailure.Template(TEMPLATE, "could not be read: " + e.getClass().getSimpleName()));
        }
    }

    /** {@code html} as a PDF/A-2u document with the fonts embedded. */
    static Either<LetterFailure, byte[]> pdf(String html) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("hoolekanne");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return Either.right(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Either.left(new LetterFailure.Rendering(e.getClass().getSimpleName()));
        }
    }

    /**
     * A file name with the case, the letter's number and the language, e.g. {@code
     * 2025-SH-101_K-2025-77_et.pdf}: no personal code, no name; characters a file system might
     * refuse become {@code -}.
     */
    static String fileName(Letter letter, Locale language, LetterFormat format) {
        String base = letter.caseId().value() + "_" + letter.kind().toLowerCase(Locale.ROOT) + "_" + letter.number();
        String safe = withoutPersonalCodes(base.replaceAll("[^A-Za-z0-9._-]", "-"));
        if (safe.length() > 150) {
            safe = safe.substring(0, 150);
        }
        return safe + "_" + language.getLanguage() + "." + format.extension();
    }

    /** {@code name} with every run of digits that is a valid personal code (ID-1, ID-2) replaced by {@code -}. */
    private static String withoutPersonalCodes(String name) {
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("[0-9]{11}").matcher(name);
        StringBuilder out = new StringBuilder();
        while (digits.find()) {
            boolean code = ee.hoolekanne.domain.person.PersonalCode.parse(digits.group()).isRight();
            digits.appendReplacement(out, code ? "-" : digits.group());
        }
        digits.appendTail(out);
        return out.toString();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : HoolekanneLetters.class.getClassLoader();
    }

    private static String strip(String folder) {
        return folder.startsWith("/") ? folder.substring(1) : folder;
    }

    private static byte[] resource(String name) {
        try (InputStream in = HoolekanneLetters.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
