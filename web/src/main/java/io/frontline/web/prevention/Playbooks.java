package io.frontline.web.prevention;

import io.frontline.web.services.PreventionService;
import io.frontline.web.services.PreventionService.Playbook;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The playbooks that apply to a report's types (seed 000: procedures decided in advance; seed 001: the employee may
 * always end an abusive call), for the page that thanks the employee for a report. A playbook is help, not part of
 * the report: when prevention-service does not answer, the report's confirmation shows without it.
 */
@RequestScoped
public class Playbooks {
    private static final Logger LOG = Logger.getLogger(Playbooks.class);

    /** A playbook as a page shows it. */
    public record PlaybookView(String situation, String title, int responders, String endingContact, String apology,
                               String recording, List<String> listenFor, List<String> inform) {
        static PlaybookView of(Playbook p) {
            return new PlaybookView(p.situation(), p.title(), p.responders(), p.endingContact(), p.apology(),
                    p.recording(), p.listenFor() == null ? List.of() : p.listenFor(),
                    p.inform() == null ? List.of() : p.inform());
        }
    }

    @RestClient
    PreventionService service;

    /** Each playbook once, in the order of the types reported. */
    public List<PlaybookView> forTypes(List<String> types) {
        Map<String, PlaybookView> found = new LinkedHashMap<>();
        if (types == null) {
            return List.of();
        }
        try {
            for (String type : types) {
                for (Playbook p : service.playbooks(type)) {
                    found.putIfAbsent(p.situation(), PlaybookView.of(p));
                }
            }
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("The playbooks could not be read (%s); the report's confirmation shows without them",
                    e.getClass().getSimpleName());
        }
        return new ArrayList<>(found.values());
    }

    /** Every playbook, for the playbooks page. */
    public List<PlaybookView> all() {
        return service.playbooks(null).stream().map(PlaybookView::of).toList();
    }
}
