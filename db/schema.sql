-- table activity
CREATE TABLE activity (
	id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	"row" INTEGER NOT NULL, 
	date DATE, 
	description TEXT NOT NULL, 
	points NUMERIC(8, 2), 
	corresponding_author BOOLEAN NOT NULL, 
	keynote BOOLEAN NOT NULL, 
	citations INTEGER, 
	amount_toman BIGINT, 
	scope VARCHAR(20), 
	award VARCHAR(40), 
	journal_years NUMERIC(8, 2), 
	conferences INTEGER, 
	academy VARCHAR(20), 
	role VARCHAR(20), 
	years NUMERIC(8, 2), 
	as_director BOOLEAN NOT NULL, 
	CONSTRAINT pk_activity PRIMARY KEY (id), 
	CONSTRAINT fk_activity_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id) ON DELETE CASCADE
);

-- table alembic_version
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- table centre
CREATE TABLE centre (
	id INTEGER NOT NULL, 
	title VARCHAR(250) NOT NULL, 
	field_key VARCHAR(40) NOT NULL, 
	host_institution_id INTEGER NOT NULL, 
	period_start DATE, 
	period_end DATE, 
	status VARCHAR(20) NOT NULL, 
	decree_number VARCHAR(60) NOT NULL, 
	decree_date DATE, equipment_confirmed BOOLEAN DEFAULT 0 NOT NULL, program_confirmed BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_centre PRIMARY KEY (id), 
	CONSTRAINT fk_centre_field_key_scientific_group FOREIGN KEY(field_key) REFERENCES scientific_group ("key"), 
	CONSTRAINT fk_centre_host_institution_id_institution FOREIGN KEY(host_institution_id) REFERENCES institution (id)
);

-- table centre_check
CREATE TABLE centre_check (
	id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	edition VARCHAR(20) NOT NULL, 
	readings VARCHAR(200) NOT NULL, 
	total NUMERIC(10, 2) NOT NULL, 
	eligible BOOLEAN NOT NULL, 
	checked_at DATETIME NOT NULL, 
	inputs TEXT NOT NULL, 
	result TEXT NOT NULL, 
	CONSTRAINT pk_centre_check PRIMARY KEY (id), 
	CONSTRAINT fk_centre_check_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id)
);

-- table centre_partner
CREATE TABLE centre_partner (
	centre_id INTEGER NOT NULL, 
	institution_id INTEGER NOT NULL, 
	CONSTRAINT pk_centre_partner PRIMARY KEY (centre_id, institution_id), 
	CONSTRAINT fk_centre_partner_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_centre_partner_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id)
);

-- table council_seat
CREATE TABLE council_seat (
	"key" VARCHAR(40) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	position INTEGER NOT NULL, 
	ex_officio BOOLEAN NOT NULL, 
	term_years INTEGER, 
	CONSTRAINT pk_council_seat PRIMARY KEY ("key")
);

-- table council_term
CREATE TABLE council_term (
	id INTEGER NOT NULL, 
	seat_key VARCHAR(40) NOT NULL, 
	holder_name VARCHAR(120) NOT NULL, 
	faculty_id INTEGER, 
	start DATE NOT NULL, 
	"end" DATE, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_council_term PRIMARY KEY (id), 
	CONSTRAINT fk_council_term_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id), 
	CONSTRAINT fk_council_term_seat_key_council_seat FOREIGN KEY(seat_key) REFERENCES council_seat ("key"), 
	CONSTRAINT uq_council_term_seat_key UNIQUE (seat_key, start)
);

-- table faculty_member
CREATE TABLE faculty_member (
	id INTEGER NOT NULL, 
	national_code VARCHAR(10) NOT NULL, 
	first_name VARCHAR(80) NOT NULL, 
	last_name VARCHAR(80) NOT NULL, 
	rank VARCHAR(30) NOT NULL, 
	institution_id INTEGER NOT NULL, 
	field_key VARCHAR(40) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	email VARCHAR(120) NOT NULL, 
	phone VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_faculty_member PRIMARY KEY (id), 
	CONSTRAINT fk_faculty_member_field_key_scientific_group FOREIGN KEY(field_key) REFERENCES scientific_group ("key"), 
	CONSTRAINT fk_faculty_member_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id), 
	CONSTRAINT uq_faculty_member_national_code UNIQUE (national_code)
);

-- table institution
CREATE TABLE institution (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	city VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_institution PRIMARY KEY (id), 
	CONSTRAINT uq_institution_name UNIQUE (name)
);

-- table membership
CREATE TABLE membership (
	id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	joined_on DATE NOT NULL, 
	left_on DATE, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT fk_membership_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_membership_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id)
);

-- table program_section
CREATE TABLE program_section (
	centre_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_program_section PRIMARY KEY (centre_id, number), 
	CONSTRAINT fk_program_section_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id) ON DELETE CASCADE
);

-- table scientific_group
CREATE TABLE scientific_group (
	"key" VARCHAR(40) NOT NULL, 
	title VARCHAR(120) NOT NULL, 
	parent_key VARCHAR(40), 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_scientific_group PRIMARY KEY ("key"), 
	CONSTRAINT fk_scientific_group_parent_key_scientific_group FOREIGN KEY(parent_key) REFERENCES scientific_group ("key")
);

-- table score_sheet
CREATE TABLE score_sheet (
	id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	period_start DATE NOT NULL, 
	field_key VARCHAR(40) NOT NULL, 
	edition VARCHAR(20) NOT NULL, 
	readings VARCHAR(200) NOT NULL, 
	total NUMERIC(10, 2) NOT NULL, 
	eligible BOOLEAN NOT NULL, 
	computed_at DATETIME NOT NULL, 
	inputs TEXT NOT NULL, 
	result TEXT NOT NULL, 
	CONSTRAINT pk_score_sheet PRIMARY KEY (id), 
	CONSTRAINT fk_score_sheet_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id), 
	CONSTRAINT fk_score_sheet_field_key_scientific_group FOREIGN KEY(field_key) REFERENCES scientific_group ("key")
);

-- index ix_activity_faculty_id
CREATE INDEX ix_activity_faculty_id ON activity (faculty_id);

-- index ix_centre_check_centre_id
CREATE INDEX ix_centre_check_centre_id ON centre_check (centre_id);

-- index ix_centre_host_institution_id
CREATE INDEX ix_centre_host_institution_id ON centre (host_institution_id);

-- index ix_council_term_seat_key
CREATE INDEX ix_council_term_seat_key ON council_term (seat_key);

-- index ix_faculty_member_institution_id
CREATE INDEX ix_faculty_member_institution_id ON faculty_member (institution_id);

-- index ix_membership_centre_id
CREATE INDEX ix_membership_centre_id ON membership (centre_id);

-- index ix_membership_faculty_id
CREATE INDEX ix_membership_faculty_id ON membership (faculty_id);

-- index ix_score_sheet_faculty_id
CREATE INDEX ix_score_sheet_faculty_id ON score_sheet (faculty_id);

-- trigger trg_membership_one_centre_insert
CREATE TRIGGER trg_membership_one_centre_insert BEFORE INSERT ON membership
    FOR EACH ROW WHEN NEW.role IN ('member', 'director')
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_centre') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.faculty_id = NEW.faculty_id AND m.id IS NOT NEW.id
            AND m.role IN ('member', 'director') AND m.joined_on <= COALESCE(NEW.left_on, '9999-12-31') AND NEW.joined_on <= COALESCE(m.left_on, '9999-12-31'));
    END;

-- trigger trg_membership_one_centre_update
CREATE TRIGGER trg_membership_one_centre_update BEFORE UPDATE ON membership
    FOR EACH ROW WHEN NEW.role IN ('member', 'director')
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_centre') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.faculty_id = NEW.faculty_id AND m.id IS NOT NEW.id
            AND m.role IN ('member', 'director') AND m.joined_on <= COALESCE(NEW.left_on, '9999-12-31') AND NEW.joined_on <= COALESCE(m.left_on, '9999-12-31'));
    END;

-- trigger trg_membership_one_director_insert
CREATE TRIGGER trg_membership_one_director_insert BEFORE INSERT ON membership
    FOR EACH ROW WHEN NEW.role = 'director'
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_director') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.centre_id = NEW.centre_id AND m.id IS NOT NEW.id
            AND m.role = 'director' AND m.joined_on <= COALESCE(NEW.left_on, '9999-12-31') AND NEW.joined_on <= COALESCE(m.left_on, '9999-12-31'));
    END;

-- trigger trg_membership_one_director_update
CREATE TRIGGER trg_membership_one_director_update BEFORE UPDATE ON membership
    FOR EACH ROW WHEN NEW.role = 'director'
    BEGIN
        SELECT RAISE(ABORT, 'membership_one_director') WHERE EXISTS (
            SELECT 1 FROM membership m WHERE m.centre_id = NEW.centre_id AND m.id IS NOT NEW.id
            AND m.role = 'director' AND m.joined_on <= COALESCE(NEW.left_on, '9999-12-31') AND NEW.joined_on <= COALESCE(m.left_on, '9999-12-31'));
    END;

-- index uq_membership_one_open_centre
CREATE UNIQUE INDEX uq_membership_one_open_centre ON membership (faculty_id) WHERE left_on IS NULL AND role IN ('member', 'director');

-- index uq_membership_one_open_director
CREATE UNIQUE INDEX uq_membership_one_open_director ON membership (centre_id) WHERE left_on IS NULL AND role = 'director';

