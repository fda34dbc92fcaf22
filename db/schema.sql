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
	as_director BOOLEAN NOT NULL, version INTEGER DEFAULT 1 NOT NULL, end_date DATE, evidence TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_activity PRIMARY KEY (id), 
	CONSTRAINT fk_activity_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id) ON DELETE CASCADE
);

-- table agenda_item
CREATE TABLE agenda_item (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	centre_id INTEGER, 
	about_meeting_id INTEGER, 
	CONSTRAINT pk_agenda_item PRIMARY KEY (id), 
	CONSTRAINT fk_agenda_item_about_meeting_id_meeting FOREIGN KEY(about_meeting_id) REFERENCES meeting (id), 
	CONSTRAINT fk_agenda_item_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_agenda_item_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id), 
	CONSTRAINT uq_agenda_item_meeting_id UNIQUE (meeting_id, position)
);

-- table alembic_version
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- table allocation
CREATE TABLE allocation (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	institution_id INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	basis_year INTEGER, 
	basis_total VARCHAR(20) NOT NULL, 
	rule VARCHAR(12) NOT NULL, 
	computed BIGINT NOT NULL, 
	amount BIGINT NOT NULL, 
	reason TEXT NOT NULL, 
	provided BIGINT, 
	provided_on DATE, 
	provided_note TEXT NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_allocation PRIMARY KEY (id), 
	CONSTRAINT ck_allocation_not_negative CHECK (computed >= 0 AND amount >= 0), 
	CONSTRAINT ck_allocation_provided_not_negative CHECK (provided IS NULL OR provided >= 0), 
	CONSTRAINT fk_allocation_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_allocation_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id), 
	CONSTRAINT fk_allocation_year_allocation_sheet FOREIGN KEY(year) REFERENCES allocation_sheet (year), 
	CONSTRAINT uq_allocation_year UNIQUE (year, centre_id)
);

-- table allocation_sheet
CREATE TABLE allocation_sheet (
	year INTEGER NOT NULL, 
	scheme VARCHAR(20) NOT NULL, 
	line BIGINT NOT NULL, 
	half BIGINT NOT NULL, 
	computed_at DATETIME NOT NULL, 
	notes TEXT NOT NULL, 
	approved_at DATETIME, 
	approved_by VARCHAR(40) NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_allocation_sheet PRIMARY KEY (year), 
	CONSTRAINT ck_allocation_sheet_half_of_line CHECK (half >= 0 AND half <= line), 
	CONSTRAINT fk_allocation_sheet_year_funding_year FOREIGN KEY(year) REFERENCES funding_year (year)
);

-- table amendment
CREATE TABLE amendment (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	made_at DATETIME NOT NULL, 
	corrects TEXT NOT NULL, 
	correction TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	CONSTRAINT pk_amendment PRIMARY KEY (id), 
	CONSTRAINT fk_amendment_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

-- table annual_report
CREATE TABLE annual_report (
	id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	received_on DATE NOT NULL, 
	papers INTEGER NOT NULL, 
	projects INTEGER NOT NULL, 
	theses INTEGER NOT NULL, 
	postdocs INTEGER NOT NULL, 
	agreements INTEGER NOT NULL, 
	budget_received BIGINT NOT NULL, 
	budget_spent BIGINT NOT NULL, 
	site_visit_on DATE, 
	notes TEXT NOT NULL, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_annual_report PRIMARY KEY (id), 
	CONSTRAINT fk_annual_report_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT uq_annual_report_centre_id UNIQUE (centre_id, year)
);

-- table annual_report_area
CREATE TABLE annual_report_area (
	report_id INTEGER NOT NULL, 
	area_key VARCHAR(10) NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_annual_report_area PRIMARY KEY (report_id, area_key), 
	CONSTRAINT fk_annual_report_area_report_id_annual_report FOREIGN KEY(report_id) REFERENCES annual_report (id)
);

-- table app_user
CREATE TABLE "app_user" (
	id INTEGER NOT NULL, 
	username VARCHAR(40) NOT NULL, 
	full_name VARCHAR(120) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	active BOOLEAN DEFAULT 1 NOT NULL, 
	failed_logins INTEGER DEFAULT 0 NOT NULL, 
	last_failure DATETIME, 
	created_at DATETIME NOT NULL, 
	roles VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_app_user PRIMARY KEY (id), 
	CONSTRAINT uq_app_user_username UNIQUE (username)
);

-- table attendance
CREATE TABLE attendance (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	seat_key VARCHAR(40), 
	name VARCHAR(120) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	arrived_at VARCHAR(5) NOT NULL, 
	from_item INTEGER NOT NULL, 
	until_item INTEGER, 
	guest BOOLEAN NOT NULL, 
	CONSTRAINT pk_attendance PRIMARY KEY (id), 
	CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

-- table audit_log
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	user_id INTEGER, 
	username VARCHAR(40) NOT NULL, 
	action VARCHAR(10) NOT NULL, 
	table_name VARCHAR(40) NOT NULL, 
	record_id VARCHAR(60) NOT NULL, 
	"before" TEXT NOT NULL, 
	"after" TEXT NOT NULL, prev_hash VARCHAR(64), row_hash VARCHAR(64), 
	CONSTRAINT pk_audit_log PRIMARY KEY (id)
);

-- table audit_seal
CREATE TABLE audit_seal (
	id INTEGER NOT NULL, 
	legacy_rows INTEGER NOT NULL, 
	legacy_hash VARCHAR(64) NOT NULL, 
	sealed_at DATETIME NOT NULL, 
	head_id INTEGER, 
	head_hash VARCHAR(64) NOT NULL, 
	length INTEGER NOT NULL, 
	CONSTRAINT pk_audit_seal PRIMARY KEY (id), 
	CONSTRAINT ck_audit_seal_one CHECK (id = 1)
);

-- table budget_entry
CREATE TABLE budget_entry (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	amount BIGINT NOT NULL, 
	recorded_on DATE NOT NULL, 
	reference VARCHAR(60) NOT NULL, 
	source VARCHAR(200) NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_budget_entry PRIMARY KEY (id), 
	CONSTRAINT ck_budget_entry_positive CHECK (amount > 0), 
	CONSTRAINT ck_budget_entry_kind CHECK (kind IN ('line', 'supplement', 'organisation')), 
	CONSTRAINT fk_budget_entry_year_funding_year FOREIGN KEY(year) REFERENCES funding_year (year)
);

-- table call_topic
CREATE TABLE call_topic (
	id INTEGER NOT NULL, 
	call_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	council_decision VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_call_topic PRIMARY KEY (id), 
	CONSTRAINT fk_call_topic_call_id_funding_call FOREIGN KEY(call_id) REFERENCES funding_call (id), 
	CONSTRAINT uq_call_topic_call_id UNIQUE (call_id, position)
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
	decree_date DATE, equipment_confirmed BOOLEAN DEFAULT 0 NOT NULL, program_confirmed BOOLEAN DEFAULT 0 NOT NULL, dissolved_on DATE, version INTEGER DEFAULT 1 NOT NULL, institution_commitments TEXT DEFAULT '' NOT NULL, 
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

-- table contract_support
CREATE TABLE contract_support (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	organisation VARCHAR(200) NOT NULL, 
	contract_number VARCHAR(60) NOT NULL, 
	contract_on DATE NOT NULL, 
	contract_amount BIGINT NOT NULL, 
	support BIGINT NOT NULL, 
	decided_on DATE NOT NULL, 
	note TEXT NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_contract_support PRIMARY KEY (id), 
	CONSTRAINT ck_contract_support_positive CHECK (contract_amount > 0 AND support > 0), 
	CONSTRAINT fk_contract_support_year_funding_year FOREIGN KEY(year) REFERENCES funding_year (year)
);

-- table contract_support_centre
CREATE TABLE contract_support_centre (
	support_id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	CONSTRAINT pk_contract_support_centre PRIMARY KEY (support_id, centre_id), 
	CONSTRAINT fk_contract_support_centre_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_contract_support_centre_support_id_contract_support FOREIGN KEY(support_id) REFERENCES contract_support (id)
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
	note TEXT NOT NULL, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_council_term PRIMARY KEY (id), 
	CONSTRAINT fk_council_term_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id), 
	CONSTRAINT fk_council_term_seat_key_council_seat FOREIGN KEY(seat_key) REFERENCES council_seat ("key"), 
	CONSTRAINT uq_council_term_seat_key UNIQUE (seat_key, start)
);

-- table criterion_mark
CREATE TABLE "criterion_mark" (
	proposal_id INTEGER NOT NULL, 
	"key" VARCHAR(10) NOT NULL, 
	met BOOLEAN NOT NULL, 
	note TEXT NOT NULL, 
	score INTEGER, 
	CONSTRAINT pk_criterion_mark PRIMARY KEY (proposal_id, "key"), 
	CONSTRAINT fk_criterion_mark_proposal_id_proposal FOREIGN KEY(proposal_id) REFERENCES proposal (id), 
	CONSTRAINT ck_criterion_mark_score CHECK (score IS NULL OR score >= 0)
);

-- table database_identity
CREATE TABLE database_identity (
	id INTEGER NOT NULL, 
	identity VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_database_identity PRIMARY KEY (id), 
	CONSTRAINT ck_database_identity_one CHECK (id = 1)
);

-- table decision
CREATE TABLE decision (
	id INTEGER NOT NULL, 
	agenda_item_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	yes INTEGER NOT NULL, 
	no INTEGER NOT NULL, 
	abstain INTEGER NOT NULL, 
	present INTEGER NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	endorsed_on DATE, 
	endorsed_by VARCHAR(20) NOT NULL, 
	communicated_on DATE, 
	letter_number VARCHAR(60) NOT NULL, version INTEGER DEFAULT 1 NOT NULL, letter_year INTEGER, letter_sequence INTEGER, readings VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_decision PRIMARY KEY (id), 
	CONSTRAINT fk_decision_agenda_item_id_agenda_item FOREIGN KEY(agenda_item_id) REFERENCES agenda_item (id), 
	CONSTRAINT uq_decision_agenda_item_id UNIQUE (agenda_item_id)
);

-- table evaluation
CREATE TABLE evaluation (
	id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	scheme VARCHAR(20) NOT NULL, 
	evaluators VARCHAR(500) NOT NULL, 
	remarks TEXT NOT NULL, 
	evaluated_on DATE NOT NULL, 
	total NUMERIC(7, 2) NOT NULL, 
	verdict VARCHAR(20) NOT NULL, 
	edition VARCHAR(20) NOT NULL, 
	member_count INTEGER, 
	centre_total NUMERIC(10, 2), 
	article5_lost TEXT NOT NULL, 
	closed_at DATETIME, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_evaluation PRIMARY KEY (id), 
	CONSTRAINT fk_evaluation_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT uq_evaluation_centre_id UNIQUE (centre_id, year, kind)
);

-- table evaluation_reopening
CREATE TABLE evaluation_reopening (
	id INTEGER NOT NULL, 
	evaluation_id INTEGER NOT NULL, 
	closed_at DATETIME NOT NULL, 
	reopened_at DATETIME NOT NULL, 
	reason TEXT NOT NULL, 
	CONSTRAINT pk_evaluation_reopening PRIMARY KEY (id), 
	CONSTRAINT fk_evaluation_reopening_evaluation_id_evaluation FOREIGN KEY(evaluation_id) REFERENCES evaluation (id)
);

-- table evaluation_score
CREATE TABLE evaluation_score (
	evaluation_id INTEGER NOT NULL, 
	criterion VARCHAR(40) NOT NULL, 
	score NUMERIC(5, 2) NOT NULL, 
	CONSTRAINT pk_evaluation_score PRIMARY KEY (evaluation_id, criterion), 
	CONSTRAINT fk_evaluation_score_evaluation_id_evaluation FOREIGN KEY(evaluation_id) REFERENCES evaluation (id)
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
	phone VARCHAR(20) NOT NULL, version INTEGER DEFAULT 1 NOT NULL, hired_on DATE, retired_on DATE, 
	CONSTRAINT pk_faculty_member PRIMARY KEY (id), 
	CONSTRAINT fk_faculty_member_field_key_scientific_group FOREIGN KEY(field_key) REFERENCES scientific_group ("key"), 
	CONSTRAINT fk_faculty_member_institution_id_institution FOREIGN KEY(institution_id) REFERENCES institution (id), 
	CONSTRAINT uq_faculty_member_national_code UNIQUE (national_code)
);

-- table follow_up
CREATE TABLE follow_up (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	decision_id INTEGER, 
	action TEXT NOT NULL, 
	responsible VARCHAR(120) NOT NULL, 
	due_on DATE NOT NULL, 
	done_on DATE, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_follow_up PRIMARY KEY (id), 
	CONSTRAINT fk_follow_up_decision_id_decision FOREIGN KEY(decision_id) REFERENCES decision (id), 
	CONSTRAINT fk_follow_up_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

-- table funding_call
CREATE TABLE funding_call (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	title VARCHAR(250) NOT NULL, 
	budget BIGINT NOT NULL, 
	announced_on DATE, 
	deadline DATE NOT NULL, 
	note TEXT NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_funding_call PRIMARY KEY (id), 
	CONSTRAINT ck_funding_call_positive CHECK (budget > 0), 
	CONSTRAINT fk_funding_call_year_funding_year FOREIGN KEY(year) REFERENCES funding_year (year)
);

-- table funding_year
CREATE TABLE funding_year (
	year INTEGER NOT NULL, 
	closed_at DATETIME, 
	closed_by VARCHAR(40) NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, programs_percent INTEGER DEFAULT '50' NOT NULL, 
	CONSTRAINT pk_funding_year PRIMARY KEY (year)
);

-- table institution
CREATE TABLE institution (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	city VARCHAR(80) NOT NULL, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_institution PRIMARY KEY (id), 
	CONSTRAINT uq_institution_name UNIQUE (name)
);

-- table meeting
CREATE TABLE meeting (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	centre_id INTEGER, 
	year INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	starts_at VARCHAR(5) NOT NULL, 
	ends_at VARCHAR(5) NOT NULL, 
	place VARCHAR(200) NOT NULL, 
	chaired_by VARCHAR(20) NOT NULL, 
	delegation VARCHAR(200) NOT NULL, 
	secretary VARCHAR(120) NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	finalised_at DATETIME, 
	fingerprint VARCHAR(20) NOT NULL, 
	approved_at_meeting_id INTEGER, version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_meeting PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_approved_at_meeting_id_meeting FOREIGN KEY(approved_at_meeting_id) REFERENCES meeting (id), 
	CONSTRAINT fk_meeting_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id)
);

-- table member_change
CREATE TABLE member_change (
	agenda_item_id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	action VARCHAR(10) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	effective_on DATE NOT NULL, institution_approval VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_member_change PRIMARY KEY (agenda_item_id), 
	CONSTRAINT fk_member_change_agenda_item_id_agenda_item FOREIGN KEY(agenda_item_id) REFERENCES agenda_item (id), 
	CONSTRAINT fk_member_change_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id)
);

-- table member_score
CREATE TABLE member_score (
	faculty_id INTEGER NOT NULL, 
	period_start DATE NOT NULL, 
	stamp INTEGER NOT NULL, 
	edition VARCHAR(40) NOT NULL, 
	readings TEXT NOT NULL, 
	field_key VARCHAR(40) NOT NULL, 
	total VARCHAR(60) NOT NULL, 
	eligible BOOLEAN NOT NULL, 
	failures TEXT NOT NULL, 
	computed_at DATETIME NOT NULL, 
	CONSTRAINT pk_member_score PRIMARY KEY (faculty_id, period_start), 
	CONSTRAINT fk_member_score_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id) ON DELETE CASCADE
);

-- table membership
CREATE TABLE membership (
	id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	joined_on DATE NOT NULL, 
	left_on DATE, version INTEGER DEFAULT 1 NOT NULL, institution_approval VARCHAR(200) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT fk_membership_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_membership_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id)
);

-- table minutes_copy
CREATE TABLE minutes_copy (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	filename VARCHAR(200) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	content BLOB NOT NULL, 
	added_at DATETIME NOT NULL, 
	CONSTRAINT pk_minutes_copy PRIMARY KEY (id), 
	CONSTRAINT fk_minutes_copy_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id)
);

-- table program_section
CREATE TABLE program_section (
	centre_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	CONSTRAINT pk_program_section PRIMARY KEY (centre_id, number), 
	CONSTRAINT fk_program_section_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id) ON DELETE CASCADE
);

-- table project_stage
CREATE TABLE project_stage (
	id INTEGER NOT NULL, 
	proposal_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	due_on DATE NOT NULL, 
	deliverables TEXT NOT NULL, 
	amount BIGINT NOT NULL, 
	report_received_on DATE, 
	report_approved_on DATE, 
	approved_by VARCHAR(250) NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_project_stage PRIMARY KEY (id), 
	CONSTRAINT ck_project_stage_positive CHECK (amount > 0), 
	CONSTRAINT fk_project_stage_proposal_id_proposal FOREIGN KEY(proposal_id) REFERENCES proposal (id), 
	CONSTRAINT uq_project_stage_proposal_id UNIQUE (proposal_id, position)
);

-- table proposal
CREATE TABLE proposal (
	id INTEGER NOT NULL, 
	call_id INTEGER NOT NULL, 
	topic_id INTEGER, 
	centre_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	cost BIGINT NOT NULL, 
	received_on DATE NOT NULL, 
	state VARCHAR(12) NOT NULL, 
	reviewed_on DATE, 
	reviewed_by VARCHAR(250) NOT NULL, 
	review_note TEXT NOT NULL, 
	agreement_number VARCHAR(60) NOT NULL, 
	agreement_on DATE, 
	agreement_amount BIGINT, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_proposal PRIMARY KEY (id), 
	CONSTRAINT ck_proposal_positive CHECK (cost > 0), 
	CONSTRAINT ck_proposal_state CHECK (state IN ('received', 'selected', 'rejected')), 
	CONSTRAINT fk_proposal_call_id_funding_call FOREIGN KEY(call_id) REFERENCES funding_call (id), 
	CONSTRAINT fk_proposal_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_proposal_topic_id_call_topic FOREIGN KEY(topic_id) REFERENCES call_topic (id)
);

-- table proposal_partner
CREATE TABLE proposal_partner (
	proposal_id INTEGER NOT NULL, 
	centre_id INTEGER NOT NULL, 
	CONSTRAINT pk_proposal_partner PRIMARY KEY (proposal_id, centre_id), 
	CONSTRAINT fk_proposal_partner_centre_id_centre FOREIGN KEY(centre_id) REFERENCES centre (id), 
	CONSTRAINT fk_proposal_partner_proposal_id_proposal FOREIGN KEY(proposal_id) REFERENCES proposal (id)
);

-- table review_body
CREATE TABLE review_body (
	id INTEGER NOT NULL, 
	kind VARCHAR(14) NOT NULL, 
	group_key VARCHAR(40) NOT NULL, 
	title VARCHAR(250) NOT NULL, 
	decree_number VARCHAR(60) NOT NULL, 
	decree_date DATE, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_review_body PRIMARY KEY (id), 
	CONSTRAINT ck_review_body_kind CHECK (kind IN ('group', 'working_group')), 
	CONSTRAINT fk_review_body_group_key_scientific_group FOREIGN KEY(group_key) REFERENCES scientific_group ("key")
);

-- table review_body_member
CREATE TABLE review_body_member (
	id INTEGER NOT NULL, 
	body_id INTEGER NOT NULL, 
	faculty_id INTEGER NOT NULL, 
	role VARCHAR(10) NOT NULL, 
	decree_number VARCHAR(60) NOT NULL, 
	decree_date DATE, 
	start_on DATE NOT NULL, 
	end_on DATE, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_review_body_member PRIMARY KEY (id), 
	CONSTRAINT ck_review_body_member_term CHECK (end_on IS NULL OR end_on >= start_on), 
	CONSTRAINT ck_review_body_member_role CHECK (role IN ('chair', 'secretary', 'member')), 
	CONSTRAINT fk_review_body_member_body_id_review_body FOREIGN KEY(body_id) REFERENCES review_body (id), 
	CONSTRAINT fk_review_body_member_faculty_id_faculty_member FOREIGN KEY(faculty_id) REFERENCES faculty_member (id)
);

-- table review_sitting
CREATE TABLE review_sitting (
	id INTEGER NOT NULL, 
	body_id INTEGER NOT NULL, 
	subject VARCHAR(14) NOT NULL, 
	subject_id INTEGER NOT NULL, 
	held_on DATE NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_review_sitting PRIMARY KEY (id), 
	CONSTRAINT ck_review_sitting_subject CHECK (subject IN ('application', 'evaluation', 'proposal', 'stage_report')), 
	CONSTRAINT fk_review_sitting_body_id_review_body FOREIGN KEY(body_id) REFERENCES review_body (id), 
	CONSTRAINT uq_review_sitting_subject UNIQUE (subject, subject_id)
);

-- table review_sitting_member
CREATE TABLE review_sitting_member (
	sitting_id INTEGER NOT NULL, 
	member_id INTEGER NOT NULL, 
	CONSTRAINT pk_review_sitting_member PRIMARY KEY (sitting_id, member_id), 
	CONSTRAINT fk_review_sitting_member_member_id_review_body_member FOREIGN KEY(member_id) REFERENCES review_body_member (id), 
	CONSTRAINT fk_review_sitting_member_sitting_id_review_sitting FOREIGN KEY(sitting_id) REFERENCES review_sitting (id)
);

-- table rules_reading
CREATE TABLE rules_reading (
	"key" VARCHAR(40) NOT NULL, 
	value VARCHAR(40) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(40) NOT NULL, 
	version INTEGER DEFAULT 1 NOT NULL, 
	CONSTRAINT pk_rules_reading PRIMARY KEY ("key")
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

-- table score_stamp
CREATE TABLE score_stamp (
	faculty_id INTEGER NOT NULL, 
	stamp INTEGER NOT NULL, 
	CONSTRAINT pk_score_stamp PRIMARY KEY (faculty_id)
);

-- table stage_payment
CREATE TABLE stage_payment (
	id INTEGER NOT NULL, 
	stage_id INTEGER NOT NULL, 
	amount BIGINT NOT NULL, 
	paid_on DATE NOT NULL, 
	order_number VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_stage_payment PRIMARY KEY (id), 
	CONSTRAINT ck_stage_payment_positive CHECK (amount > 0), 
	CONSTRAINT fk_stage_payment_stage_id_project_stage FOREIGN KEY(stage_id) REFERENCES project_stage (id)
);

-- index ix_activity_faculty_id
CREATE INDEX ix_activity_faculty_id ON activity (faculty_id);

-- index ix_agenda_item_meeting_id
CREATE INDEX ix_agenda_item_meeting_id ON agenda_item (meeting_id);

-- index ix_allocation_centre_id
CREATE INDEX ix_allocation_centre_id ON allocation (centre_id);

-- index ix_allocation_year
CREATE INDEX ix_allocation_year ON allocation (year);

-- index ix_amendment_meeting_id
CREATE INDEX ix_amendment_meeting_id ON amendment (meeting_id);

-- index ix_annual_report_centre_id
CREATE INDEX ix_annual_report_centre_id ON annual_report (centre_id);

-- index ix_attendance_meeting_id
CREATE INDEX ix_attendance_meeting_id ON attendance (meeting_id);

-- index ix_audit_log_at
CREATE INDEX ix_audit_log_at ON audit_log (at);

-- index ix_audit_log_table_name
CREATE INDEX ix_audit_log_table_name ON audit_log (table_name);

-- index ix_budget_entry_year
CREATE INDEX ix_budget_entry_year ON budget_entry (year);

-- index ix_call_topic_call_id
CREATE INDEX ix_call_topic_call_id ON call_topic (call_id);

-- index ix_centre_check_centre_id
CREATE INDEX ix_centre_check_centre_id ON centre_check (centre_id);

-- index ix_centre_host_institution_id
CREATE INDEX ix_centre_host_institution_id ON centre (host_institution_id);

-- index ix_contract_support_year
CREATE INDEX ix_contract_support_year ON contract_support (year);

-- index ix_council_term_seat_key
CREATE INDEX ix_council_term_seat_key ON council_term (seat_key);

-- index ix_evaluation_centre_id
CREATE INDEX ix_evaluation_centre_id ON evaluation (centre_id);

-- index ix_evaluation_reopening_evaluation_id
CREATE INDEX ix_evaluation_reopening_evaluation_id ON evaluation_reopening (evaluation_id);

-- index ix_faculty_member_institution_id
CREATE INDEX ix_faculty_member_institution_id ON faculty_member (institution_id);

-- index ix_follow_up_meeting_id
CREATE INDEX ix_follow_up_meeting_id ON follow_up (meeting_id);

-- index ix_funding_call_year
CREATE INDEX ix_funding_call_year ON funding_call (year);

-- index ix_membership_centre_id
CREATE INDEX ix_membership_centre_id ON membership (centre_id);

-- index ix_membership_faculty_id
CREATE INDEX ix_membership_faculty_id ON membership (faculty_id);

-- index ix_minutes_copy_meeting_id
CREATE INDEX ix_minutes_copy_meeting_id ON minutes_copy (meeting_id);

-- index ix_project_stage_proposal_id
CREATE INDEX ix_project_stage_proposal_id ON project_stage (proposal_id);

-- index ix_proposal_call_id
CREATE INDEX ix_proposal_call_id ON proposal (call_id);

-- index ix_proposal_centre_id
CREATE INDEX ix_proposal_centre_id ON proposal (centre_id);

-- index ix_review_body_member_body_id
CREATE INDEX ix_review_body_member_body_id ON review_body_member (body_id);

-- index ix_review_body_member_faculty_id
CREATE INDEX ix_review_body_member_faculty_id ON review_body_member (faculty_id);

-- index ix_review_sitting_body_id
CREATE INDEX ix_review_sitting_body_id ON review_sitting (body_id);

-- index ix_score_sheet_faculty_id
CREATE INDEX ix_score_sheet_faculty_id ON score_sheet (faculty_id);

-- index ix_stage_payment_stage_id
CREATE INDEX ix_stage_payment_stage_id ON stage_payment (stage_id);

-- trigger trg_agenda_item_locked_delete
CREATE TRIGGER trg_agenda_item_locked_delete BEFORE DELETE ON agenda_item FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_agenda_item_locked_insert
CREATE TRIGGER trg_agenda_item_locked_insert BEFORE INSERT ON agenda_item FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_agenda_item_locked_update
CREATE TRIGGER trg_agenda_item_locked_update BEFORE UPDATE ON agenda_item FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_allocation_approved_delete
CREATE TRIGGER trg_allocation_approved_delete BEFORE DELETE ON allocation FOR EACH ROW WHEN EXISTS (SELECT 1 FROM allocation_sheet WHERE year = OLD.year AND approved_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'allocation_approved'); END;

-- trigger trg_allocation_approved_insert
CREATE TRIGGER trg_allocation_approved_insert BEFORE INSERT ON allocation FOR EACH ROW WHEN EXISTS (SELECT 1 FROM allocation_sheet WHERE year = NEW.year AND approved_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'allocation_approved'); END;

-- trigger trg_allocation_approved_update
CREATE TRIGGER trg_allocation_approved_update BEFORE UPDATE ON allocation FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM allocation_sheet WHERE year = OLD.year AND approved_at IS NOT NULL) AND (NEW.amount <> OLD.amount OR NEW.computed <> OLD.computed OR NEW.centre_id <> OLD.centre_id OR NEW.year <> OLD.year OR NEW.institution_id <> OLD.institution_id)) BEGIN SELECT RAISE(ABORT, 'allocation_approved'); END;

-- trigger trg_allocation_closed_delete
CREATE TRIGGER trg_allocation_closed_delete BEFORE DELETE ON allocation FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_closed_insert
CREATE TRIGGER trg_allocation_closed_insert BEFORE INSERT ON allocation FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_closed_update
CREATE TRIGGER trg_allocation_closed_update BEFORE UPDATE ON allocation FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_over_half_insert
CREATE TRIGGER trg_allocation_over_half_insert AFTER INSERT ON allocation FOR EACH ROW WHEN ((SELECT SUM(amount) FROM allocation WHERE year = NEW.year) > (SELECT half FROM allocation_sheet WHERE year = NEW.year)) BEGIN SELECT RAISE(ABORT, 'allocation_over_half'); END;

-- trigger trg_allocation_over_half_update
CREATE TRIGGER trg_allocation_over_half_update AFTER UPDATE ON allocation FOR EACH ROW WHEN ((SELECT SUM(amount) FROM allocation WHERE year = NEW.year) > (SELECT half FROM allocation_sheet WHERE year = NEW.year)) BEGIN SELECT RAISE(ABORT, 'allocation_over_half'); END;

-- trigger trg_allocation_sheet_approved_delete
CREATE TRIGGER trg_allocation_sheet_approved_delete BEFORE DELETE ON allocation_sheet FOR EACH ROW WHEN OLD.approved_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'allocation_approved'); END;

-- trigger trg_allocation_sheet_approved_update
CREATE TRIGGER trg_allocation_sheet_approved_update BEFORE UPDATE ON allocation_sheet FOR EACH ROW WHEN OLD.approved_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'allocation_approved'); END;

-- trigger trg_allocation_sheet_closed_delete
CREATE TRIGGER trg_allocation_sheet_closed_delete BEFORE DELETE ON allocation_sheet FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_sheet_closed_insert
CREATE TRIGGER trg_allocation_sheet_closed_insert BEFORE INSERT ON allocation_sheet FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_sheet_closed_update
CREATE TRIGGER trg_allocation_sheet_closed_update BEFORE UPDATE ON allocation_sheet FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_allocation_sheet_line_insert
CREATE TRIGGER trg_allocation_sheet_line_insert AFTER INSERT ON allocation_sheet FOR EACH ROW WHEN NEW.line > (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) BEGIN SELECT RAISE(ABORT, 'over_line'); END;

-- trigger trg_allocation_sheet_line_update
CREATE TRIGGER trg_allocation_sheet_line_update AFTER UPDATE ON allocation_sheet FOR EACH ROW WHEN NEW.line > (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) BEGIN SELECT RAISE(ABORT, 'over_line'); END;

-- trigger trg_amendment_locked_delete
CREATE TRIGGER trg_amendment_locked_delete BEFORE DELETE ON amendment FOR EACH ROW WHEN 1 BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_amendment_locked_update
CREATE TRIGGER trg_amendment_locked_update BEFORE UPDATE ON amendment FOR EACH ROW WHEN 1 BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_annual_report_area_locked_delete
CREATE TRIGGER trg_annual_report_area_locked_delete BEFORE DELETE ON annual_report_area FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e JOIN annual_report ar ON ar.centre_id = e.centre_id AND ar.year = e.year WHERE ar.id = OLD.report_id AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_annual_report_area_locked_insert
CREATE TRIGGER trg_annual_report_area_locked_insert BEFORE INSERT ON annual_report_area FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e JOIN annual_report ar ON ar.centre_id = e.centre_id AND ar.year = e.year WHERE ar.id = NEW.report_id AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_annual_report_area_locked_update
CREATE TRIGGER trg_annual_report_area_locked_update BEFORE UPDATE ON annual_report_area FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e JOIN annual_report ar ON ar.centre_id = e.centre_id AND ar.year = e.year WHERE ar.id = OLD.report_id AND e.kind = 'annual' AND e.closed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM evaluation e JOIN annual_report ar ON ar.centre_id = e.centre_id AND ar.year = e.year WHERE ar.id = NEW.report_id AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_annual_report_locked_delete
CREATE TRIGGER trg_annual_report_locked_delete BEFORE DELETE ON annual_report FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e WHERE e.centre_id = OLD.centre_id AND e.year = OLD.year AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_annual_report_locked_insert
CREATE TRIGGER trg_annual_report_locked_insert BEFORE INSERT ON annual_report FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e WHERE e.centre_id = NEW.centre_id AND e.year = NEW.year AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_annual_report_locked_update
CREATE TRIGGER trg_annual_report_locked_update BEFORE UPDATE ON annual_report FOR EACH ROW WHEN EXISTS (SELECT 1 FROM evaluation e WHERE e.centre_id = OLD.centre_id AND e.year = OLD.year AND e.kind = 'annual' AND e.closed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM evaluation e WHERE e.centre_id = NEW.centre_id AND e.year = NEW.year AND e.kind = 'annual' AND e.closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_attendance_locked_delete
CREATE TRIGGER trg_attendance_locked_delete BEFORE DELETE ON attendance FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_attendance_locked_insert
CREATE TRIGGER trg_attendance_locked_insert BEFORE INSERT ON attendance FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_attendance_locked_update
CREATE TRIGGER trg_attendance_locked_update BEFORE UPDATE ON attendance FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' OR (SELECT state FROM meeting WHERE id = NEW.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_audit_log_kept_delete
CREATE TRIGGER trg_audit_log_kept_delete BEFORE DELETE ON audit_log FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'audit_kept'); END;

-- trigger trg_audit_log_kept_update
CREATE TRIGGER trg_audit_log_kept_update BEFORE UPDATE ON audit_log FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'audit_kept'); END;

-- trigger trg_audit_seal_kept_delete
CREATE TRIGGER trg_audit_seal_kept_delete BEFORE DELETE ON audit_seal FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'audit_kept'); END;

-- trigger trg_audit_seal_kept_update
CREATE TRIGGER trg_audit_seal_kept_update BEFORE UPDATE ON audit_seal FOR EACH ROW WHEN NEW.id <> OLD.id OR NEW.legacy_rows <> OLD.legacy_rows OR NEW.legacy_hash <> OLD.legacy_hash OR NEW.length < OLD.length BEGIN SELECT RAISE(ABORT, 'audit_kept'); END;

-- trigger trg_budget_entry_closed_delete
CREATE TRIGGER trg_budget_entry_closed_delete BEFORE DELETE ON budget_entry FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_budget_entry_closed_insert
CREATE TRIGGER trg_budget_entry_closed_insert BEFORE INSERT ON budget_entry FOR EACH ROW WHEN EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_budget_entry_closed_update
CREATE TRIGGER trg_budget_entry_closed_update BEFORE UPDATE ON budget_entry FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_budget_entry_line_delete
CREATE TRIGGER trg_budget_entry_line_delete AFTER DELETE ON budget_entry FOR EACH ROW WHEN EXISTS (SELECT 1 FROM allocation_sheet s WHERE s.year = OLD.year AND s.approved_at IS NOT NULL AND s.line > (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement'))) BEGIN SELECT RAISE(ABORT, 'over_line'); END;

-- trigger trg_budget_entry_line_update
CREATE TRIGGER trg_budget_entry_line_update AFTER UPDATE ON budget_entry FOR EACH ROW WHEN EXISTS (SELECT 1 FROM allocation_sheet s WHERE s.year = OLD.year AND s.approved_at IS NOT NULL AND s.line > (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement'))) BEGIN SELECT RAISE(ABORT, 'over_line'); END;

-- trigger trg_call_closed_new_insert
CREATE TRIGGER trg_call_closed_new_insert BEFORE INSERT ON funding_call FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_call_closed_new_update
CREATE TRIGGER trg_call_closed_new_update BEFORE UPDATE ON funding_call FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_call_closed_old_delete
CREATE TRIGGER trg_call_closed_old_delete BEFORE DELETE ON funding_call FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_call_closed_old_update
CREATE TRIGGER trg_call_closed_old_update BEFORE UPDATE ON funding_call FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_call_line_insert
CREATE TRIGGER trg_call_line_insert AFTER INSERT ON funding_call FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = NEW.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = NEW.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = NEW.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- trigger trg_call_line_update
CREATE TRIGGER trg_call_line_update AFTER UPDATE ON funding_call FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = NEW.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = NEW.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = NEW.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- trigger trg_decision_locked_delete
CREATE TRIGGER trg_decision_locked_delete BEFORE DELETE ON decision FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = OLD.agenda_item_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_decision_locked_insert
CREATE TRIGGER trg_decision_locked_insert BEFORE INSERT ON decision FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = NEW.agenda_item_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_decision_locked_update
CREATE TRIGGER trg_decision_locked_update BEFORE UPDATE ON decision FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = OLD.agenda_item_id) != 'draft' AND (NEW.agenda_item_id IS NOT OLD.agenda_item_id OR NEW.text IS NOT OLD.text OR NEW.yes IS NOT OLD.yes OR NEW.no IS NOT OLD.no OR NEW.abstain IS NOT OLD.abstain OR NEW.present IS NOT OLD.present OR NEW.outcome IS NOT OLD.outcome) BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_entry_calls_delete
CREATE TRIGGER trg_entry_calls_delete AFTER DELETE ON budget_entry FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = OLD.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = OLD.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = OLD.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- trigger trg_entry_calls_update
CREATE TRIGGER trg_entry_calls_update AFTER UPDATE ON budget_entry FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = OLD.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = OLD.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = OLD.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = OLD.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- trigger trg_evaluation_closed_delete
CREATE TRIGGER trg_evaluation_closed_delete BEFORE DELETE ON evaluation FOR EACH ROW WHEN OLD.closed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_closed_update
CREATE TRIGGER trg_evaluation_closed_update BEFORE UPDATE ON evaluation FOR EACH ROW WHEN (OLD.closed_at IS NOT NULL AND NOT (NEW.closed_at IS NULL AND EXISTS (SELECT 1 FROM evaluation_reopening r WHERE r.evaluation_id = OLD.id AND r.closed_at = OLD.closed_at))) OR (OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL AND EXISTS (SELECT 1 FROM evaluation_reopening r WHERE r.evaluation_id = OLD.id AND r.reopened_at >= NEW.closed_at)) BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_reopening_kept_delete
CREATE TRIGGER trg_evaluation_reopening_kept_delete BEFORE DELETE ON evaluation_reopening FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_reopening_kept_update
CREATE TRIGGER trg_evaluation_reopening_kept_update BEFORE UPDATE ON evaluation_reopening FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_score_locked_delete
CREATE TRIGGER trg_evaluation_score_locked_delete BEFORE DELETE ON evaluation_score FOR EACH ROW WHEN (SELECT closed_at FROM evaluation WHERE id = OLD.evaluation_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_score_locked_insert
CREATE TRIGGER trg_evaluation_score_locked_insert BEFORE INSERT ON evaluation_score FOR EACH ROW WHEN (SELECT closed_at FROM evaluation WHERE id = NEW.evaluation_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_evaluation_score_locked_update
CREATE TRIGGER trg_evaluation_score_locked_update BEFORE UPDATE ON evaluation_score FOR EACH ROW WHEN (SELECT closed_at FROM evaluation WHERE id = OLD.evaluation_id) IS NOT NULL OR (SELECT closed_at FROM evaluation WHERE id = NEW.evaluation_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'evaluation_closed'); END;

-- trigger trg_follow_up_locked_delete
CREATE TRIGGER trg_follow_up_locked_delete BEFORE DELETE ON follow_up FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_follow_up_locked_insert
CREATE TRIGGER trg_follow_up_locked_insert BEFORE INSERT ON follow_up FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_follow_up_locked_update
CREATE TRIGGER trg_follow_up_locked_update BEFORE UPDATE ON follow_up FOR EACH ROW WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) != 'draft' AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.decision_id IS NOT OLD.decision_id OR NEW.action IS NOT OLD.action OR NEW.responsible IS NOT OLD.responsible OR NEW.due_on IS NOT OLD.due_on) BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_funding_year_closed_delete
CREATE TRIGGER trg_funding_year_closed_delete BEFORE DELETE ON funding_year FOR EACH ROW WHEN OLD.closed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_funding_year_closed_update
CREATE TRIGGER trg_funding_year_closed_update BEFORE UPDATE ON funding_year FOR EACH ROW WHEN OLD.closed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_identity_kept_delete
CREATE TRIGGER trg_identity_kept_delete BEFORE DELETE ON database_identity FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'identity_kept'); END;

-- trigger trg_identity_kept_update
CREATE TRIGGER trg_identity_kept_update BEFORE UPDATE ON database_identity FOR EACH ROW BEGIN SELECT RAISE(ABORT, 'identity_kept'); END;

-- trigger trg_meeting_locked_delete
CREATE TRIGGER trg_meeting_locked_delete BEFORE DELETE ON meeting FOR EACH ROW WHEN OLD.state != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_meeting_locked_update
CREATE TRIGGER trg_meeting_locked_update BEFORE UPDATE ON meeting FOR EACH ROW WHEN OLD.state != 'draft' AND (NEW.state = 'draft' OR NEW.kind IS NOT OLD.kind OR NEW.centre_id IS NOT OLD.centre_id OR NEW.year IS NOT OLD.year OR NEW.sequence IS NOT OLD.sequence OR NEW.held_on IS NOT OLD.held_on OR NEW.starts_at IS NOT OLD.starts_at OR NEW.ends_at IS NOT OLD.ends_at OR NEW.place IS NOT OLD.place OR NEW.chaired_by IS NOT OLD.chaired_by OR NEW.delegation IS NOT OLD.delegation OR NEW.secretary IS NOT OLD.secretary OR NEW.finalised_at IS NOT OLD.finalised_at OR NEW.fingerprint IS NOT OLD.fingerprint) BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_member_change_locked_delete
CREATE TRIGGER trg_member_change_locked_delete BEFORE DELETE ON member_change FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = OLD.agenda_item_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_member_change_locked_insert
CREATE TRIGGER trg_member_change_locked_insert BEFORE INSERT ON member_change FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = NEW.agenda_item_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_member_change_locked_update
CREATE TRIGGER trg_member_change_locked_update BEFORE UPDATE ON member_change FOR EACH ROW WHEN (SELECT m.state FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE a.id = OLD.agenda_item_id) != 'draft' BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

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

-- trigger trg_minutes_copy_locked_delete
CREATE TRIGGER trg_minutes_copy_locked_delete BEFORE DELETE ON minutes_copy FOR EACH ROW WHEN 1 BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_minutes_copy_locked_update
CREATE TRIGGER trg_minutes_copy_locked_update BEFORE UPDATE ON minutes_copy FOR EACH ROW WHEN 1 BEGIN SELECT RAISE(ABORT, 'meeting_locked'); END;

-- trigger trg_payment_approved_insert
CREATE TRIGGER trg_payment_approved_insert BEFORE INSERT ON stage_payment FOR EACH ROW WHEN ((SELECT report_approved_on FROM project_stage WHERE id = NEW.stage_id) IS NULL) BEGIN SELECT RAISE(ABORT, 'payment_before_approval'); END;

-- trigger trg_payment_approved_update
CREATE TRIGGER trg_payment_approved_update BEFORE UPDATE ON stage_payment FOR EACH ROW WHEN ((SELECT report_approved_on FROM project_stage WHERE id = NEW.stage_id) IS NULL) BEGIN SELECT RAISE(ABORT, 'payment_before_approval'); END;

-- trigger trg_payment_call_insert
CREATE TRIGGER trg_payment_call_insert AFTER INSERT ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id JOIN proposal p ON p.id = s.proposal_id WHERE p.call_id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) > (SELECT budget FROM funding_call WHERE id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) BEGIN SELECT RAISE(ABORT, 'payment_over_call'); END;

-- trigger trg_payment_call_update
CREATE TRIGGER trg_payment_call_update AFTER UPDATE ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id JOIN proposal p ON p.id = s.proposal_id WHERE p.call_id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) > (SELECT budget FROM funding_call WHERE id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) BEGIN SELECT RAISE(ABORT, 'payment_over_call'); END;

-- trigger trg_payment_closed_new_insert
CREATE TRIGGER trg_payment_closed_new_insert BEFORE INSERT ON stage_payment FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_payment_closed_new_update
CREATE TRIGGER trg_payment_closed_new_update BEFORE UPDATE ON stage_payment FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_payment_closed_old_delete
CREATE TRIGGER trg_payment_closed_old_delete BEFORE DELETE ON stage_payment FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = OLD.stage_id)) AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_payment_closed_old_update
CREATE TRIGGER trg_payment_closed_old_update BEFORE UPDATE ON stage_payment FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = OLD.stage_id)) AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_payment_line_insert
CREATE TRIGGER trg_payment_line_insert AFTER INSERT ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id JOIN proposal p ON p.id = s.proposal_id JOIN funding_call c ON c.id = p.call_id WHERE c.year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'payment_over_line'); END;

-- trigger trg_payment_line_update
CREATE TRIGGER trg_payment_line_update AFTER UPDATE ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(m.amount), 0) FROM stage_payment m JOIN project_stage s ON s.id = m.stage_id JOIN proposal p ON p.id = s.proposal_id JOIN funding_call c ON c.id = p.call_id WHERE c.year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id))) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = (SELECT c.year FROM funding_call c WHERE c.id = (SELECT p.call_id FROM project_stage s JOIN proposal p ON p.id = s.proposal_id WHERE s.id = NEW.stage_id)) AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'payment_over_line'); END;

-- trigger trg_payment_stage_insert
CREATE TRIGGER trg_payment_stage_insert AFTER INSERT ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(amount), 0) FROM stage_payment WHERE stage_id = NEW.stage_id) > (SELECT amount FROM project_stage WHERE id = NEW.stage_id)) BEGIN SELECT RAISE(ABORT, 'payment_over_stage'); END;

-- trigger trg_payment_stage_update
CREATE TRIGGER trg_payment_stage_update AFTER UPDATE ON stage_payment FOR EACH ROW WHEN ((SELECT COALESCE(SUM(amount), 0) FROM stage_payment WHERE stage_id = NEW.stage_id) > (SELECT amount FROM project_stage WHERE id = NEW.stage_id)) BEGIN SELECT RAISE(ABORT, 'payment_over_stage'); END;

-- trigger trg_score_stamp_activity_delete
CREATE TRIGGER trg_score_stamp_activity_delete AFTER DELETE ON activity FOR EACH ROW BEGIN INSERT INTO score_stamp (faculty_id, stamp) VALUES (OLD.faculty_id, 1) ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1; END;

-- trigger trg_score_stamp_activity_insert
CREATE TRIGGER trg_score_stamp_activity_insert AFTER INSERT ON activity FOR EACH ROW BEGIN INSERT INTO score_stamp (faculty_id, stamp) VALUES (NEW.faculty_id, 1) ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1; END;

-- trigger trg_score_stamp_activity_update
CREATE TRIGGER trg_score_stamp_activity_update AFTER UPDATE ON activity FOR EACH ROW BEGIN INSERT INTO score_stamp (faculty_id, stamp) VALUES (OLD.faculty_id, 1) ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1; INSERT INTO score_stamp (faculty_id, stamp) VALUES (NEW.faculty_id, 1) ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1; END;

-- trigger trg_score_stamp_member
CREATE TRIGGER trg_score_stamp_member AFTER UPDATE OF rank, field_key ON faculty_member FOR EACH ROW WHEN OLD.rank IS NOT NEW.rank OR OLD.field_key IS NOT NEW.field_key BEGIN INSERT INTO score_stamp (faculty_id, stamp) VALUES (NEW.id, 1) ON CONFLICT (faculty_id) DO UPDATE SET stamp = score_stamp.stamp + 1; END;

-- trigger trg_support_closed_new_insert
CREATE TRIGGER trg_support_closed_new_insert BEFORE INSERT ON contract_support FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_support_closed_new_update
CREATE TRIGGER trg_support_closed_new_update BEFORE UPDATE ON contract_support FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = NEW.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_support_closed_old_delete
CREATE TRIGGER trg_support_closed_old_delete BEFORE DELETE ON contract_support FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_support_closed_old_update
CREATE TRIGGER trg_support_closed_old_update BEFORE UPDATE ON contract_support FOR EACH ROW WHEN (EXISTS (SELECT 1 FROM funding_year WHERE year = OLD.year AND closed_at IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'funding_year_closed'); END;

-- trigger trg_support_line_insert
CREATE TRIGGER trg_support_line_insert AFTER INSERT ON contract_support FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = NEW.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = NEW.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = NEW.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- trigger trg_support_line_update
CREATE TRIGGER trg_support_line_update AFTER UPDATE ON contract_support FOR EACH ROW WHEN (((SELECT COALESCE(SUM(budget), 0) FROM funding_call WHERE year = NEW.year) + (SELECT COALESCE(SUM(support), 0) FROM contract_support WHERE year = NEW.year)) > ((SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) - (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind IN ('line', 'supplement')) * (SELECT COALESCE(MAX(programs_percent), 50) FROM funding_year WHERE year = NEW.year) / 100 + (SELECT COALESCE(SUM(amount), 0) FROM budget_entry WHERE year = NEW.year AND kind = 'organisation'))) BEGIN SELECT RAISE(ABORT, 'call_over_line'); END;

-- index uq_decision_letter
CREATE UNIQUE INDEX uq_decision_letter ON decision (letter_year, letter_sequence);

-- index uq_meeting_centre_number
CREATE UNIQUE INDEX uq_meeting_centre_number ON meeting (centre_id, year, sequence) WHERE centre_id IS NOT NULL;

-- index uq_meeting_council_number
CREATE UNIQUE INDEX uq_meeting_council_number ON meeting (year, sequence) WHERE centre_id IS NULL;

-- index uq_membership_one_open_centre
CREATE UNIQUE INDEX uq_membership_one_open_centre ON membership (faculty_id) WHERE left_on IS NULL AND role IN ('member', 'director');

-- index uq_membership_one_open_director
CREATE UNIQUE INDEX uq_membership_one_open_director ON membership (centre_id) WHERE left_on IS NULL AND role = 'director';

