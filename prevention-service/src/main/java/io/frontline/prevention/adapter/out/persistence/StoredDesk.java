package io.frontline.prevention.adapter.out.persistence;

import io.frontline.prevention.application.domain.model.ConsultationDesk;
import io.frontline.prevention.application.domain.model.DeskContact;

import java.util.List;

/**
 * What a desk row keeps as JSON (the column {@code consultation_desk.contents}), in shapes of its own so renaming or
 * reshaping {@link DeskContact} cannot silently change stored rows or break reading the ones written before
 * (CONTRIBUTING.md, "One persistence rule"). The field names are the ones desks have been stored with since V1; a
 * list missing from a row reads as empty.
 */
record StoredDesk(StoredContact firstContact, List<StoredContact> counsellors, StoredContact committee,
                  List<StoredContact> outsideContacts) {

    static StoredDesk of(ConsultationDesk d) {
        return new StoredDesk(StoredContact.of(d.firstContact()),
                d.counsellors().stream().map(StoredContact::of).toList(), StoredContact.of(d.committee()),
                d.outsideContacts().stream().map(StoredContact::of).toList());
    }

    DeskContact firstContactToDomain() {
        return StoredContact.toDomain(firstContact);
    }

    List<DeskContact> counsellorsToDomain() {
        return toDomain(counsellors);
    }

    DeskContact committeeToDomain() {
        return StoredContact.toDomain(committee);
    }

    List<DeskContact> outsideContactsToDomain() {
        return toDomain(outsideContacts);
    }

    private static List<DeskContact> toDomain(List<StoredContact> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(StoredContact::toDomain).toList();
    }

    record StoredContact(String kind, String name, String userId, String phone, String email, String address,
                         String note) {
        static StoredContact of(DeskContact c) {
            return c == null ? null
                    : new StoredContact(c.kind(), c.name(), c.userId(), c.phone(), c.email(), c.address(), c.note());
        }

        static DeskContact toDomain(StoredContact c) {
            return c == null ? null : new DeskContact(c.kind, c.name, c.userId, c.phone, c.email, c.address, c.note);
        }
    }
}
