package ee.hoolekanne.domain.text;

import ee.hoolekanne.domain.calendar.Term;
import ee.hoolekanne.domain.decision.ActKind;
import ee.hoolekanne.domain.decision.Ground;
import ee.hoolekanne.domain.decision.Hearing;
import ee.hoolekanne.domain.decision.Outcome;
import ee.hoolekanne.domain.housing.UnitId;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The person-facing texts of one language: Estonian ({@link #ESTONIAN}, the default), English or
 * Russian. Any other locale gets Estonian. Patterns follow {@link MessageFormat}; every argument is
 * passed as text. Immutable and thread-safe; one instance per language is cached.
 */
public final class Texts {

    /** Estonian, the default language of a decision (Keeleseadus § 10). */
    public static final Locale ESTONIAN = Locale.of("et");
    /** Russian. */
    public static final Locale RUSSIAN = Locale.of("ru");
    /** The languages with texts, the default first. */
    public static final List<Locale> LANGUAGES = List.of(ESTONIAN, Locale.ENGLISH, RUSSIAN);

    private static final String BUNDLE = "ee.hoolekanne.domain.text.texts";
    private static final ConcurrentMap<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    private Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: a missing language falls back to the base (Estonian)
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
    }

    /** The texts of {@code locale}'s language; Estonian for a language without texts. */
    public static Texts of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String language = LANGUAGES.stream().map(Locale::getLanguage).filter(locale.getLanguage()::equals).findFirst()
                .orElse(ESTONIAN.getLanguage());
        return CACHE.computeIfAbsent(language, l -> new Texts(Locale.of(l)));
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args} put in; {@code key} itself if the bundle lacks it. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(texts(args));
    }

    /** The text of {@code key}, or {@code fallback} if the bundle lacks it. */
    public String getOrElse(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A date as this language writes it: {@code 31.12.2025} or {@code 2025-12-31}. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** The weekday's name, e.g. {@code kolmapäev}, {@code Wednesday}, {@code среда}. */
    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** A term, e.g. {@code 10 tööpäeva}, {@code 10 working days}, {@code 10 рабочих дней}. */
    public String term(Term term) {
        String unit = get("term." + term.unit().name() + "." + plural(term.amount()));
        String text = term.amount() + " " + unit;
        return term.isBackward() ? get("term.before", text) : text;
    }

    /** The event of a deadline, translated where the bundle knows it, else as given. */
    public String event(String english) {
        return getOrElse("event." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), english);
    }

    /** The name of a kind of act, as the heading of its letter: {@code Teenuse osutamine}. */
    public String act(ActKind kind) {
        return get("outcome." + kind.name());
    }

    /**
     * A ground in this language: the regulation's own words for a listed ground (e.g. TSM-10,
     * TSM-22), the decision's own words for a stated one.
     */
    public String ground(Ground ground) {
        if (ground instanceof Enum<?> listed && has("ground." + listed.name())) {
            return get("ground." + listed.name());
        }
        return ground.description();
    }

    /** The operative part of a decision with {@code outcome}, as a sentence (HMS-2). */
    public String operative(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Grant g -> get("operative.GRANT", String.join(", ", g.units().stream().map(UnitId::value).toList()),
                    date(g.serviceEnd()));
            case Outcome.GrantService g -> get("operative.GRANT_SERVICE", service(g.service()));
            case Outcome.Refuse r -> get("operative.REFUSE");
            case Outcome.WaitList w -> get("operative.WAIT_LIST");
            case Outcome.Terminate t -> get("operative.TERMINATE", date(t.lastDay()));
            case Outcome.Extend e -> get("operative.EXTEND", date(e.newServiceEnd()));
            case Outcome.Refer r -> get("operative.REFER", service(r.service()));
            case Outcome.MoveStage m -> get("operative.MOVE_STAGE", getOrElse("stage." + m.to(), m.to()));
            case Outcome.LeaveUnprocessed l -> get("operative.LEAVE_UNPROCESSED", date(l.remedyDue()));
        };
    }

    /** A service named in a decision, translated where the library knows it, else as given. */
    public String service(String name) {
        return getOrElse("service." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), name);
    }

    /** The hearing before a decision (HMS-5), as a sentence. */
    public String hearing(Hearing hearing) {
        return switch (hearing) {
            case Hearing.Held held -> get("hearing.held", date(held.on()), held.how());
            case Hearing.NotHeld notHeld -> get("hearing.notHeld", notHeld.provision(), notHeld.reason());
        };
    }

    /**
     * The plural category of {@code n}: {@code one}, {@code few} or {@code many} (Russian has all
     * three: 1 день, 2 дня, 5 дней; Estonian and English use one and many).
     */
    String plural(int n) {
        if ("ru".equals(locale.getLanguage())) {
            int mod10 = n % 10;
            int mod100 = n % 100;
            if (mod10 == 1 && mod100 != 11) {
                return "one";
            }
            return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "few" : "many";
        }
        return n == 1 ? "one" : "many";
    }

    private static Object[] texts(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = String.valueOf(args[i]);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Texts[" + locale + "]";
    }
}
