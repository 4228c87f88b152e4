package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.letters.HoolekanneLetters;
import ee.hoolekanne.domain.casefile.CaseId;
import ee.hoolekanne.domain.letter.CaseLetters;
import ee.hoolekanne.domain.letter.Letter;
import ee.hoolekanne.domain.person.PersonalCode;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.out.Addressee;
import ee.hoolekanne.port.out.LetterFormat;
import ee.hoolekanne.port.out.RenderedLetter;
import ee.hoolekanne.usecase.ServiceSchedules;
import io.vavr.control.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The letters of a case of either service, and their rendering as a response; every reading is audited (TSM-18). */
@Component
class CaseLetterService {

    private final ee.hoolekanne.usecase.socialhousing.SocialHousingService socialHousing;
    private final ee.hoolekanne.usecase.resocialization.ResocializationService resocialization;
    private final ServiceSchedules schedules;
    private final HoolekanneLetters letters;
    private final ExamplePorts.Register register;

    CaseLetterService(ee.hoolekanne.usecase.socialhousing.SocialHousingService socialHousing,
                      ee.hoolekanne.usecase.resocialization.ResocializationService resocialization, ServiceSchedules schedules,
                      HoolekanneLetters letters, ExamplePorts.Register register) {
        this.socialHousing = socialHousing;
        this.resocialization = resocialization;
        this.schedules = schedules;
        this.letters = letters;
        this.register = register;
    }

    /** A social housing case, its reading recorded as a use of personal data (TSM-18), or why not. */
    io.vavr.control.Either<ee.hoolekanne.port.in.CaseFailure<ee.hoolekanne.domain.socialhousing.SocialHousingError>,
            ee.hoolekanne.domain.socialhousing.Application> socialHousingCase(CaseId id) {
        return socialHousing.readCase(new ee.hoolekanne.port.in.socialhousing.ReadCaseCommand(id));
    }

    /** A resocialization case, its reading recorded as a use of personal data (TSM-18), or why not. */
    io.vavr.control.Either<ee.hoolekanne.port.in.CaseFailure<ee.hoolekanne.domain.resocialization.ResocializationError>,
            ee.hoolekanne.domain.resocialization.Resocialization> resocializationCase(CaseId id) {
        return resocialization.readCase(new ee.hoolekanne.port.in.resocialization.ReadCaseCommand(id));
    }

    /** The letters of the case, oldest first; none for a case that is not stored. */
    List<Letter> of(String service, CaseId id) {
        return switch (service) {
            case "social-housing" -> socialHousingCase(id).map(app -> CaseLetters.of(app, schedules.socialHousing(), Option.none()))
                    .getOrElse(List.of());
            case "resocialization" -> resocializationCase(id).map(r -> CaseLetters.of(r, schedules.resocialization())).getOrElse(List.of());
            default -> List.of();
        };
    }

    /** The list of a case's letters, with the links to each, as JSON-ready maps. */
    List<Map<String, Object>> index(String service, CaseId id) {
        List<Letter> all = of(service, id);
        return java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> Map.<String, Object>of("number", all.get(i).number(),
                "kind", all.get(i).kind(), "date", all.get(i).date().toString(),
                "pdf", "/api/" + service + "/cases/" + id.value() + "/letters/" + i + ".pdf",
                "html", "/api/" + service + "/cases/" + id.value() + "/letters/" + i + ".html")).toList();
    }

    /** Letter {@code index} of the case in {@code format} and language {@code lang}, or a problem. */
    ResponseEntity<Object> render(String service, CaseId id, int index, LetterFormat format, String lang) {
        List<Letter> all = of(service, id);
        if (index < 0 || index >= all.size()) {
            return Problems.problem(HttpStatus.NOT_FOUND, "NoSuchLetter", "the case has no such letter");
        }
        Letter letter = all.get(index);
        Locale language = Texts.of(Locale.forLanguageTag(lang)).locale();
        return letters.render(letter, addressee(letter.addressee()), language, format).fold(
                failure -> Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, failure.getClass().getSimpleName(), failure.message()),
                rendered -> ResponseEntity.ok().headers(headers(rendered)).body(rendered.content()));
    }

    private Addressee addressee(PersonalCode person) {
        return register.addressee(person);
    }

    private static HttpHeaders headers(RenderedLetter rendered) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(rendered.format() == LetterFormat.PDF ? MediaType.APPLICATION_PDF
                : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.inline().filename(rendered.fileName()).build());
        return headers;
    }
}
