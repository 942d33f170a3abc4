package io.frontline.incident.application.port.in.procedure;

/**
 * Who reads a formal complaint, and so what they are entitled to see (seed 004: "hoor en wederhoor,
 * vertrouwelijkheid en informatievoorziening"). The committee sees everything including its votes; management
 * (role hr) everything but the votes; a party their own hearings, both sides' positions, the report, the
 * decision and the objections — never the votes, nor hearings of others.
 */
public enum Audience {
    COMMITTEE, MANAGEMENT, COMPLAINANT, ACCUSED
}
