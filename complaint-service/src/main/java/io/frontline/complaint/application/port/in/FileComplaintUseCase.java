package io.frontline.complaint.application.port.in;

/**
 * Files a complaint from any channel (seed 002: web form, e-mail, phone, letter, in store); its receipt is
 * published for the other services and, by policy, acknowledged at once.
 */
public interface FileComplaintUseCase {
    FiledComplaint file(FileComplaintCommand command);
}
