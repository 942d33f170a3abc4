package io.frontline.complaint.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The complainant's contact data, in its own table apart from the complaint text. */
@Entity
@Table(name = "complainant_contact")
class ComplainantContactJpaEntity {
    @Id
    @Column(name = "complaint_id")
    UUID complaintId;
    String name;
    String email;
    String phone;
    @Column(name = "email_key")
    String emailKey;
    @Column(name = "phone_key")
    String phoneKey;
}
