package io.frontline.incident.adapter.in.rest;

import jakarta.validation.constraints.Size;

/** The note a workflow step may need: a reason, or the recurrence-prevention note when closing. */
public record NoteRequest(@Size(max = 10000) String note) {
}
