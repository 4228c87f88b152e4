package ee.hoolekanne.exampleapp;

import ee.hoolekanne.adapter.json.DocumentType;
import ee.hoolekanne.adapter.json.HoolekanneJson;
import ee.hoolekanne.domain.casefile.Obligation;
import ee.hoolekanne.domain.text.Texts;
import ee.hoolekanne.port.in.QueryDeadlinesCommand;
import ee.hoolekanne.port.out.TimeSource;
import ee.hoolekanne.usecase.DeadlineWatchService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caseworker's morning list: as a page ({@code /}), every deadline due within ten working days
 * with its explanation in Estonian, linking to the case and its letters; and as the JSON
 * adapter's document ({@code /api/morning-list}).
 */
@Controller
class MorningListController {

    private final DeadlineWatchService watch;
    private final TimeSource time;
    private final HoolekanneJson json;
    private final CaseLetterService letters;

    MorningListController(DeadlineWatchService watch, TimeSource time, HoolekanneJson json, CaseLetterService letters) {
        this.watch = watch;
        this.time = time;
        this.json = json;
        this.letters = letters;
    }

    @GetMapping("/")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        LocalDate today = on != null ? on : time.today();
        Texts t = Texts.of(Texts.ESTONIAN);
        List<Map<String, Object>> rows = watch.queryDeadlines(new QueryDeadlinesCommand(today, 10)).getOrElse(List.of()).stream()
                .map(o -> row(o, t)).toList();
        model.addAttribute("today", t.date(today));
        model.addAttribute("rows", rows);
        return "morning-list";
    }

    private Map<String, Object> row(Obligation o, Texts t) {
        String service = o.kind().key();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseId", o.caseId().value());
        row.put("service", service);
        row.put("what", o.what());
        row.put("due", t.date(o.deadline().dueDate()));
        row.put("overdue", o.deadline().isOverdueOn(time.today()));
        row.put("explanation", o.deadline().explain(Texts.ESTONIAN));
        boolean served = service.equals("social-housing") || service.equals("resocialization");
        row.put("caseUrl", served ? "/api/" + service + "/cases/" + o.caseId().value() : "");
        row.put("letters", served ? letters.index(service, o.caseId()) : List.of());
        return row;
    }

    @GetMapping("/api/morning-list")
    @ResponseBody
    ResponseEntity<Object> document(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate today = on != null ? on : time.today();
        return watch.queryDeadlines(new QueryDeadlinesCommand(today, 10)).fold(Problems::of,
                list -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.encode(DocumentType.DEADLINE_WATCH, list)));
    }
}
