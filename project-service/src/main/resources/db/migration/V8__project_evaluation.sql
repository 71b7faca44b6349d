-- Performance evaluations (绩效评价) of finished projects: one per project, the outcome report and the funds actually
-- received, editable (version) until an officer confirms it with a grade. uscc and region repeat the project's for
-- reach; statistics read only the confirmed ones.
CREATE TABLE project_evaluation (
    id                           uuid          PRIMARY KEY,
    application_id               uuid          NOT NULL UNIQUE REFERENCES project_application (id),
    uscc                         varchar(18)   NOT NULL,
    region                       varchar(6)    NOT NULL,
    call_id                      uuid          NOT NULL REFERENCES project_call (id),
    sales_revenue                numeric(18,2) NOT NULL CHECK (sales_revenue >= 0),
    profit                       numeric(18,2) NOT NULL,
    tax                          numeric(18,2) NOT NULL CHECK (tax >= 0),
    foreign_exchange_usd         numeric(18,2) NOT NULL CHECK (foreign_exchange_usd >= 0),
    new_jobs                     integer       NOT NULL CHECK (new_jobs >= 0),
    trained_talents              integer       NOT NULL CHECK (trained_talents >= 0),
    patents_applied              integer       NOT NULL CHECK (patents_applied >= 0),
    invention_patents_applied    integer       NOT NULL CHECK (invention_patents_applied >= 0),
    new_products                 integer       NOT NULL CHECK (new_products >= 0),
    high_tech_products           integer       NOT NULL CHECK (high_tech_products >= 0),
    awards                       integer       NOT NULL CHECK (awards >= 0),
    received_government_funds    numeric(18,2) NOT NULL CHECK (received_government_funds >= 0),
    received_self_raised_funds   numeric(18,2) NOT NULL CHECK (received_self_raised_funds >= 0),
    status                       varchar(20)   NOT NULL,
    grade                        varchar(20),
    grade_comment                varchar(1000),
    confirmed_by                 varchar(100),
    confirmed_at                 timestamptz,
    created_by                   varchar(100)  NOT NULL,
    created_at                   timestamptz   NOT NULL,
    updated_at                   timestamptz   NOT NULL,
    version                      bigint        NOT NULL DEFAULT 0,
    CHECK (invention_patents_applied <= patents_applied),
    CHECK ((status = 'CONFIRMED') = (grade IS NOT NULL))
);
CREATE INDEX project_evaluation_region ON project_evaluation (region, created_at DESC);
CREATE INDEX project_evaluation_uscc ON project_evaluation (uscc, created_at DESC);
-- the confirmed evaluations as the performance statistics join them: index-only by project
CREATE INDEX project_evaluation_confirmed ON project_evaluation (application_id)
    INCLUDE (received_government_funds, received_self_raised_funds, sales_revenue, profit, tax, foreign_exchange_usd,
             new_jobs, trained_talents, patents_applied, invention_patents_applied, new_products, high_tech_products,
             awards)
    WHERE status = 'CONFIRMED';

-- What the performance statistics and batch summaries group by, over funded projects only (ProjectStatus.FUNDED):
-- the call (year, batch, level, category via project_call), the region, the three dimensions and the amounts, so
-- the aggregate reads this index alone.
CREATE INDEX project_application_funded_statistics ON project_application (call_id, region)
    INCLUDE (id, industry, undertaker_type, technology_source, planned_government_funds, planned_self_raised_funds,
             grant_amount)
    WHERE status IN ('APPROVED', 'ACTIVE', 'RECTIFYING', 'SUSPENDED', 'TERMINATED', 'ACCEPTANCE_REQUESTED',
                     'ACCEPTANCE_RECTIFICATION', 'PASSED', 'PASSED_AFTER_RECTIFICATION', 'FAILED', 'EVALUATED', 'CLOSED');
CREATE INDEX project_call_statistics ON project_call (year, batch, level, category, region);
