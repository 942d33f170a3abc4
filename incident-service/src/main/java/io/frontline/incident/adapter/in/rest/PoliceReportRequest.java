package io.frontline.incident.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A filed police report: the station, its reference and the date it was filed. */
public record PoliceReportRequest(@NotBlank @Size(max = 200) String station,
                                  @NotBlank @Size(max = 100) String reference,
                                  @NotNull LocalDate filedOn) {
}
