package io.frontline.incident.adapter.in.callcenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.platform.domain.SubjectKey;
import io.frontline.platform.events.EventEnvelope;
import io.frontline.platform.security.IdentifierKind;
import io.frontline.platform.security.InvalidIdentifierException;
import io.frontline.platform.security.SubjectKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The caller's raw number (ANI) as a call-center platform may send it: normalised (E.164) and hashed into the
 * subject key on receipt, as every subject key is (DESIGN.md, "Security and privacy"). The number itself is
 * never stored, logged or forwarded; a number that is no phone number ("anonymous") leaves the caller unknown.
 */
@ApplicationScoped
class CallerNumbers {
    static final String FIELD = "callerNumber";
    private static final Logger LOG = Logger.getLogger(CallerNumbers.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern FIELD_VALUE = Pattern.compile("\"callerNumber\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]*)");

    @Inject
    SubjectKeys subjectKeys;

    SubjectKey subjectKey(String number, EventEnvelope event) {
        try {
            return subjectKeys.of(IdentifierKind.PHONE, number);
        } catch (InvalidIdentifierException e) {
            LOG.warnf("Segment %s names a caller number that is no phone number; screened without a caller", event.id());
            return null;
        }
    }

    static boolean mayCarryNumber(String record) {
        return record != null && record.contains(FIELD);
    }

    /** The record without the caller's number: its subject key in its place where the number is one. */
    String withheld(String record) {
        try {
            JsonNode tree = MAPPER.readTree(record);
            if (tree != null && tree.get("data") instanceof ObjectNode data && data.has(FIELD)) {
                JsonNode number = data.get(FIELD);
                data.putNull(FIELD);
                if (number.isTextual()) {
                    try {
                        data.put("callerSubjectKey", subjectKeys.of(IdentifierKind.PHONE, number.asText()).value());
                    } catch (InvalidIdentifierException e) {
                        data.putNull("callerSubjectKey");
                    }
                }
                return MAPPER.writeValueAsString(tree);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: the field is cut out of the text below
        }
        return FIELD_VALUE.matcher(record).replaceAll("\"callerNumber\":null");
    }
}
