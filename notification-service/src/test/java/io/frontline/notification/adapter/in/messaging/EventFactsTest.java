package io.frontline.notification.adapter.in.messaging;

import io.frontline.notification.application.port.in.RouteEventCommand;
import io.frontline.platform.events.EventCodec;
import io.frontline.platform.events.EventContracts;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.events.EventTypes;
import io.frontline.platform.events.callcenter.CallcenterEventTypes;
import io.frontline.platform.events.incident.IncidentEventTypes;
import io.frontline.platform.events.notification.NotificationEventTypes;
import io.frontline.platform.events.procedure.ProcedureEventTypes;
import io.frontline.platform.events.sanction.SanctionEventTypes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Routing reads every other service's event by its contract, the same as producers publish it (their samples). */
class EventFactsTest {

    @Test
    void every_event_another_service_publishes_is_read_into_a_routing_command_with_its_site_except_the_procedures() {
        List<String> routed = EventTypes.ALL.stream().filter(t -> !NotificationEventTypes.ALL.contains(t)
                && !CallcenterEventTypes.ALL.contains(t)).toList();
        assertThat(routed).hasSize(46);
        for (String type : routed) {
            EventEnvelope event = EventCodec.decode(EventContracts.sample(type));
            Optional<RouteEventCommand> command = EventFacts.read(event);
            assertThat(command).as(type).isPresent();
            assertThat(command.get().eventType()).isEqualTo(type);
            assertThat(command.get().eventId()).isEqualTo(event.id());
            assertThat(command.get().facts()).as(type).containsEntry("subjectId", event.subject());
            // The internal procedure is need-to-know: its notices never go to a site's managers.
            String site = ProcedureEventTypes.ALL.contains(type) ? null : event.data().path("siteId").asText(null);
            assertThat(command.get().siteId()).as(type).isEqualTo(site);
            if (site != null) {
                assertThat(command.get().facts()).as(type).containsEntry("siteId", site);
            }
        }
    }

    @Test
    void an_incident_routes_by_its_severity_and_reference_a_sanction_by_its_site_alone() {
        RouteEventCommand incident = EventFacts.read(sample(IncidentEventTypes.CONFIRMED_V1)).orElseThrow();
        assertThat(incident.severity()).isNotBlank();
        assertThat(incident.reference()).startsWith("INC-");
        assertThat(incident.facts()).containsKeys("incidentId", "types", "confirmedAt");

        RouteEventCommand ban = EventFacts.read(sample(SanctionEventTypes.PROPOSED_V1)).orElseThrow();
        assertThat(ban.severity()).isNull();
        assertThat(ban.reference()).isNull();
        assertThat(ban.facts()).containsKeys("measureId", "measureType", "proposedBy");
    }

    @Test
    void a_live_alert_is_referenced_by_its_call_and_an_unknown_event_type_is_not_routed() {
        assertThat(EventFacts.read(sample(IncidentEventTypes.LIVE_ALERT_V1)).orElseThrow().reference())
                .isEqualTo(sample(IncidentEventTypes.LIVE_ALERT_V1).data().path("callId").asText());
        assertThat(EventFacts.read(sample(NotificationEventTypes.ALL.get(0)))).isEmpty();
    }

    private static EventEnvelope sample(String type) {
        return EventCodec.decode(EventContracts.sample(type));
    }
}
