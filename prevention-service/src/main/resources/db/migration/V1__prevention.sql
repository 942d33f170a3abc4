-- Policies: versions per kind, and who acknowledged which version (seed 000)
CREATE TABLE policy_version (
    id             uuid PRIMARY KEY,
    kind           varchar(40)  NOT NULL,
    version        integer      NOT NULL,
    effective_from date         NOT NULL,
    texts          text         NOT NULL, -- JSON: {"nl": {"title", "body"}, ...}
    published_by   varchar(100) NOT NULL,
    published_at   timestamptz  NOT NULL,
    UNIQUE (kind, version)
);

CREATE TABLE policy_acknowledgement (
    policy_version_id uuid         NOT NULL REFERENCES policy_version (id),
    user_id           varchar(100) NOT NULL,
    acknowledged_at   timestamptz  NOT NULL,
    PRIMARY KEY (policy_version_id, user_id)
);

-- Consultation desks per site, and consultations readable only by the employee and the chosen desk person
CREATE TABLE consultation_desk (
    site_id    varchar(60) PRIMARY KEY,
    contents   text         NOT NULL, -- JSON: firstContact, counsellors, committee, outsideContacts
    updated_by varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE consultation (
    id             uuid PRIMARY KEY,
    site_id        varchar(60)  NOT NULL,
    employee_id    varchar(100) NOT NULL,
    desk_person_id varchar(100) NOT NULL,
    subject        varchar(200),
    text           text         NOT NULL,
    occurred_at    timestamptz,
    created_at     timestamptz  NOT NULL
);
CREATE INDEX consultation_employee ON consultation (employee_id, created_at DESC);
CREATE INDEX consultation_desk_person ON consultation (desk_person_id, created_at DESC);

-- Response playbooks per situation
CREATE TABLE playbook (
    situation  varchar(80) PRIMARY KEY,
    contents   text         NOT NULL, -- JSON: the playbook's fields
    updated_by varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL
);

-- Training: courses, sessions, attendance, reminders (once per person, course and due date)
CREATE TABLE course (
    id               uuid PRIMARY KEY,
    name             varchar(200) NOT NULL,
    audience         varchar(40)  NOT NULL,
    refresh_interval varchar(20)  NOT NULL,
    required_from    date         NOT NULL,
    scenarios        text         NOT NULL, -- JSON array of strings
    created_by       varchar(100) NOT NULL,
    created_at       timestamptz  NOT NULL
);

CREATE TABLE training_session (
    id          uuid PRIMARY KEY,
    course_id   uuid         NOT NULL REFERENCES course (id),
    site_id     varchar(60)  NOT NULL,
    held_on     date         NOT NULL,
    trainer     varchar(200),
    recorded_by varchar(100) NOT NULL,
    recorded_at timestamptz  NOT NULL
);

CREATE TABLE training_attendance (
    session_id uuid         NOT NULL REFERENCES training_session (id),
    user_id    varchar(100) NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

CREATE TABLE training_reminder (
    course_id   uuid         NOT NULL REFERENCES course (id),
    user_id     varchar(100) NOT NULL,
    due_on      date         NOT NULL,
    reminded_at timestamptz  NOT NULL,
    PRIMARY KEY (course_id, user_id, due_on)
);

-- Facts from incidents.events and complaints.events: no subject keys, no names
CREATE TABLE incident_fact (
    incident_id     uuid PRIMARY KEY,
    site_id         varchar(60) NOT NULL,
    types           text,       -- comma-separated wire names
    severity        varchar(20),
    reported_at     timestamptz,
    outcome         varchar(20),
    decided_at      timestamptz,
    closed_at       timestamptz,
    prevention_note text,
    care_late       boolean     NOT NULL DEFAULT false
);
CREATE INDEX incident_fact_site_reported ON incident_fact (site_id, reported_at);
CREATE INDEX incident_fact_site_closed ON incident_fact (site_id, closed_at);

CREATE TABLE complaint_fact (
    complaint_id uuid PRIMARY KEY,
    site_id      varchar(60) NOT NULL,
    received_at  timestamptz NOT NULL
);
CREATE INDEX complaint_fact_site_received ON complaint_fact (site_id, received_at);

-- Reviews with their figures and anonymised case studies, and action items
CREATE TABLE review (
    id           uuid PRIMARY KEY,
    site_id      varchar(60), -- null: the chain's review
    period_first date         NOT NULL,
    period_last  date         NOT NULL,
    figures      text         NOT NULL, -- JSON
    case_studies text         NOT NULL, -- JSON array
    held_by      varchar(100) NOT NULL,
    held_at      timestamptz  NOT NULL
);

CREATE TABLE action_item (
    id        uuid PRIMARY KEY,
    review_id uuid         NOT NULL REFERENCES review (id),
    text      text         NOT NULL,
    owner     varchar(100) NOT NULL,
    due_on    date         NOT NULL,
    done_at   timestamptz,
    done_by   varchar(100)
);

-- Business partners' reports about our own staff
CREATE SEQUENCE partner_report_number;
CREATE TABLE partner_report (
    id                   uuid PRIMARY KEY,
    reference            varchar(20) NOT NULL UNIQUE,
    secret_hash          varchar(64) NOT NULL,
    organisation         varchar(200) NOT NULL,
    reporter_name        varchar(200),
    reporter_contact     varchar(200),
    site_id              varchar(60),
    employee_description text,
    description          text        NOT NULL,
    occurred_on          date,
    status               varchar(20) NOT NULL,
    received_at          timestamptz NOT NULL,
    handled_by           varchar(100),
    hr_note              text,
    outcome              varchar(40),
    outcome_message      text,
    concluded_at         timestamptz
);
