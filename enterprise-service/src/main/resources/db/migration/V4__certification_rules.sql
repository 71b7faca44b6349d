-- Certification types, the certificates enterprises hold, and the rule sets that decide eligibility.
-- Rule sets are data, versioned by certification type × region × year; a version is never changed once written.

CREATE TABLE certification_type (
    code                    varchar(30)  PRIMARY KEY,
    name                    varchar(100) NOT NULL,
    name_en                 varchar(100) NOT NULL,
    level                   varchar(12)  NOT NULL,
    matter_code             varchar(40)  NOT NULL,
    validity_years          integer      NOT NULL CHECK (validity_years > 0),
    publicity_working_days  integer      NOT NULL CHECK (publicity_working_days >= 0),
    promised_working_days   integer      NOT NULL CHECK (promised_working_days > 0),
    annual_report_required  boolean      NOT NULL
);

-- Certificates held (granted here, or entered from before the bureau used this system).
CREATE TABLE certification (
    id                  uuid         PRIMARY KEY,
    uscc                varchar(18)  NOT NULL REFERENCES enterprise (uscc),
    certification_type  varchar(30)  NOT NULL REFERENCES certification_type (code),
    certificate_number  varchar(60)  NOT NULL,
    valid_from          date         NOT NULL,
    valid_to            date         NOT NULL,
    status              varchar(12)  NOT NULL,
    region              varchar(6)   NOT NULL,
    origin              varchar(12)  NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0,
    CONSTRAINT certification_number_unique UNIQUE (certification_type, certificate_number),
    CONSTRAINT certification_validity CHECK (valid_to >= valid_from)
);
CREATE INDEX certification_holder ON certification (uscc, certification_type, status);
CREATE INDEX certification_valid_to ON certification (status, valid_to);

CREATE TABLE rule_set (
    id                  uuid         PRIMARY KEY,
    certification_type  varchar(30)  NOT NULL REFERENCES certification_type (code),
    region              varchar(6)   NOT NULL,
    year                integer      NOT NULL,
    version             integer      NOT NULL CHECK (version > 0),
    name                varchar(200) NOT NULL,
    source              varchar(500) NOT NULL,
    created_by          varchar(100) NOT NULL,
    created_at          timestamptz  NOT NULL,
    CONSTRAINT rule_set_version_unique UNIQUE (certification_type, region, year, version)
);

CREATE TABLE rule (
    rule_set_id  uuid         NOT NULL REFERENCES rule_set (id),
    position     integer      NOT NULL,
    code         varchar(40)  NOT NULL,
    title        varchar(200) NOT NULL,
    clause       varchar(1000) NOT NULL,
    definition   jsonb        NOT NULL,
    PRIMARY KEY (rule_set_id, position),
    CONSTRAINT rule_code_unique UNIQUE (rule_set_id, code)
);

-- "Old versions never changed": the database itself refuses to update or delete a rule set or a rule.
CREATE FUNCTION keji_refuse_rule_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'rule sets are immutable: add a new version instead of changing %', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER rule_set_immutable BEFORE UPDATE OR DELETE ON rule_set
    FOR EACH ROW EXECUTE FUNCTION keji_refuse_rule_change();
CREATE TRIGGER rule_immutable BEFORE UPDATE OR DELETE ON rule
    FOR EACH ROW EXECUTE FUNCTION keji_refuse_rule_change();

-- Eligibility checks as evaluated: the rule set used, the facts read and every result, so a check stays
-- reproducible after new rule-set versions appear.
CREATE TABLE eligibility_check (
    id                  uuid         PRIMARY KEY,
    uscc                varchar(18)  NOT NULL REFERENCES enterprise (uscc),
    certification_type  varchar(30)  NOT NULL,
    year                integer      NOT NULL,
    as_of               date         NOT NULL,
    rule_set_id         uuid         NOT NULL REFERENCES rule_set (id),
    verdict             varchar(16)  NOT NULL,
    facts               jsonb        NOT NULL,
    results             jsonb        NOT NULL,
    checked_by          varchar(100) NOT NULL,
    checked_at          timestamptz  NOT NULL
);
CREATE INDEX eligibility_check_uscc ON eligibility_check (uscc, checked_at DESC, id);

INSERT INTO certification_type VALUES
    ('HNTE', '高新技术企业', 'High and new technology enterprise', 'NATIONAL', 'KJ-ENT-HNTE', 3, 10, 60, true),
    ('TECH_SME', '科技型中小企业', 'Technology-based SME', 'NATIONAL', 'KJ-ENT-TECH-SME', 1, 10, 20, false),
    ('TECH_GIANT', '科技小巨人企业', 'Technology "little giant" enterprise', 'MUNICIPAL', 'KJ-ENT-TECH-GIANT', 3, 7, 30, true);

-- HNTE: 高新技术企业认定管理办法 (国科发火〔2016〕32号) 第十一条 and its 工作指引 (国科发火〔2016〕195号).
-- National (region 000000), in force from 2016 until a later year or version replaces it.
INSERT INTO rule_set VALUES ('6a1f0c2e-0000-4000-8000-000000000001', 'HNTE', '000000', 2016, 1,
    '高新技术企业认定条件（2016）', '国科发火〔2016〕32号 第十一条；国科发火〔2016〕195号 工作指引', 'migration', '2026-11-23T00:00:00+08:00');
INSERT INTO rule (rule_set_id, position, code, title, clause, definition) VALUES
('6a1f0c2e-0000-4000-8000-000000000001', 1, 'REGISTERED_ONE_YEAR', '注册成立一年以上',
 '第十一条（一）企业申请认定时须注册成立一年以上。',
 '{"kind":"THRESHOLD","metric":"REGISTRATION_DAYS","operator":"GE","value":365}'),
('6a1f0c2e-0000-4000-8000-000000000001', 2, 'CORE_IP', '拥有核心支持作用的知识产权',
 '第十一条（二）企业通过自主研发、受让、受赠、并购等方式，获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权。',
 '{"kind":"MANUAL","guidance":"专家判断知识产权与主要产品（服务）的关联；Ⅱ类知识产权仅可在一次认定中使用。"}'),
('6a1f0c2e-0000-4000-8000-000000000001', 3, 'HIGH_TECH_FIELD', '属于国家重点支持的高新技术领域',
 '第十一条（三）对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围。',
 '{"kind":"MANUAL","guidance":"专家判断核心技术所属的八大领域。"}'),
('6a1f0c2e-0000-4000-8000-000000000001', 4, 'RD_STAFF_RATIO', '科技人员占比不低于10%',
 '第十一条（四）企业从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%。',
 '{"kind":"THRESHOLD","metric":"RD_STAFF_RATIO","operator":"GE","value":0.10}'),
('6a1f0c2e-0000-4000-8000-000000000001', 5, 'RD_EXPENSE_RATIO', '近三年研发费用占销售收入比例',
 '第十一条（五）企业近三个会计年度的研究开发费用总额占同期销售收入总额的比例符合如下要求：1. 最近一年销售收入小于5,000万元（含）的企业，比例不低于5%；2. 最近一年销售收入在5,000万元至2亿元（含）的企业，比例不低于4%；3. 最近一年销售收入在2亿元以上的企业，比例不低于3%。',
 '{"kind":"THRESHOLD","metric":"RD_TO_SALES_3Y","operator":"GE","tierMetric":"SALES_REVENUE","tiers":[{"upTo":50000000.00,"value":0.05},{"upTo":200000000.00,"value":0.04},{"value":0.03}]}'),
('6a1f0c2e-0000-4000-8000-000000000001', 6, 'DOMESTIC_RD_SHARE', '境内研发费用占比不低于60%',
 '第十一条（五）其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%。',
 '{"kind":"THRESHOLD","metric":"DOMESTIC_RD_SHARE_3Y","operator":"GE","value":0.60}'),
('6a1f0c2e-0000-4000-8000-000000000001', 7, 'HIGH_TECH_REVENUE_SHARE', '高新技术产品（服务）收入占比不低于60%',
 '第十一条（六）近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%。',
 '{"kind":"THRESHOLD","metric":"HIGH_TECH_REVENUE_SHARE","operator":"GE","value":0.60}'),
('6a1f0c2e-0000-4000-8000-000000000001', 8, 'INNOVATION_SCORE', '企业创新能力评价70分以上',
 '第十一条（七）企业创新能力评价应达到相应要求；工作指引：知识产权30分、科技成果转化能力30分、研究开发组织管理水平20分、企业成长性20分（净资产增长率10分、销售收入增长率10分，增长率=1/2×(第二年÷第一年+第三年÷第二年)−1），70分以上（不含70分）为符合。',
 '{"kind":"SCORE","minimum":71,"items":[{"code":"IP","title":"知识产权","max":30,"manual":true},{"code":"CONVERSION","title":"科技成果转化能力","max":30,"manual":true},{"code":"RD_MANAGEMENT","title":"研究开发组织管理水平","max":20,"manual":true},{"code":"NET_ASSET_GROWTH","title":"净资产增长率","max":10,"alternatives":[{"metric":"NET_ASSET_GROWTH","bands":[{"from":0.35,"points":10},{"from":0.25,"points":8},{"from":0.15,"points":6},{"from":0.05,"points":4},{"from":0,"exclusive":true,"points":2}]}]},{"code":"SALES_GROWTH","title":"销售收入增长率","max":10,"alternatives":[{"metric":"SALES_GROWTH","bands":[{"from":0.35,"points":10},{"from":0.25,"points":8},{"from":0.15,"points":6},{"from":0.05,"points":4},{"from":0,"exclusive":true,"points":2}]}]}]}'),
('6a1f0c2e-0000-4000-8000-000000000001', 9, 'NO_MAJOR_VIOLATION', '申请前一年内无重大安全、质量事故或严重环境违法',
 '第十一条（八）企业申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为。',
 '{"kind":"THRESHOLD","metric":"MAJOR_VIOLATIONS_PRIOR_YEAR","operator":"LE","value":0}');

-- TECH_SME: 科技型中小企业评价办法 (国科发区〔2022〕67号) 第六条, national.
INSERT INTO rule_set VALUES ('6a1f0c2e-0000-4000-8000-000000000002', 'TECH_SME', '000000', 2022, 1,
    '科技型中小企业评价条件（2022）', '国科发区〔2022〕67号 第六条及附件评价指标', 'migration', '2026-11-23T00:00:00+08:00');
INSERT INTO rule (rule_set_id, position, code, title, clause, definition) VALUES
('6a1f0c2e-0000-4000-8000-000000000002', 1, 'EMPLOYEES_LIMIT', '职工总数不超过500人',
 '第六条（二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元。',
 '{"kind":"THRESHOLD","metric":"EMPLOYEES","operator":"LE","value":500}'),
('6a1f0c2e-0000-4000-8000-000000000002', 2, 'SALES_LIMIT', '年销售收入不超过2亿元',
 '第六条（二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元。',
 '{"kind":"THRESHOLD","metric":"SALES_REVENUE","operator":"LE","value":200000000.00}'),
('6a1f0c2e-0000-4000-8000-000000000002', 3, 'ASSETS_LIMIT', '资产总额不超过2亿元',
 '第六条（二）职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元。',
 '{"kind":"THRESHOLD","metric":"TOTAL_ASSETS","operator":"LE","value":200000000.00}'),
('6a1f0c2e-0000-4000-8000-000000000002', 4, 'NOT_RESTRICTED_INDUSTRY', '产品和服务不属于禁止、限制和淘汰类',
 '第六条（三）企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类。',
 '{"kind":"MANUAL","guidance":"对照《产业结构调整指导目录》判断。"}'),
('6a1f0c2e-0000-4000-8000-000000000002', 5, 'NO_MAJOR_VIOLATION', '上一年及当年内无重大安全、质量事故和严重环境违法',
 '第六条（四）企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为。',
 '{"kind":"THRESHOLD","metric":"MAJOR_VIOLATIONS_SINCE_LAST_YEAR","operator":"LE","value":0}'),
('6a1f0c2e-0000-4000-8000-000000000002', 6, 'NOT_LISTED', '未列入经营异常名录和严重违法失信企业名单',
 '第六条（四）且企业未列入经营异常名录和严重违法失信企业名单。',
 '{"kind":"THRESHOLD","metric":"DISHONESTY_LISTINGS","operator":"LE","value":0}'),
('6a1f0c2e-0000-4000-8000-000000000002', 7, 'EVALUATION_SCORE', '综合评价不低于60分且科技人员指标不为0分',
 '第六条（五）企业根据科技型中小企业评价指标进行综合评价所得分值不低于60分，且科技人员指标得分不得为0分。附件：科技人员指标20分（30%以上20分、25%-30% 16分、20%-25% 12分、15%-20% 8分、10%-15% 4分、10%以下0分）；研发投入指标50分，按研发费用占销售收入或占成本费用总额的比例择高计分；科技成果指标30分（1项以上Ⅰ类知识产权30分，4项以上Ⅱ类24分、3项18分、2项12分、1项6分）。',
 '{"kind":"SCORE","minimum":60,"items":[{"code":"STAFF","title":"科技人员指标","max":20,"minimum":1,"alternatives":[{"metric":"RD_STAFF_RATIO","bands":[{"from":0.30,"points":20},{"from":0.25,"points":16},{"from":0.20,"points":12},{"from":0.15,"points":8},{"from":0.10,"points":4}]}]},{"code":"RD_INPUT","title":"研发投入指标","max":50,"alternatives":[{"metric":"RD_TO_SALES","bands":[{"from":0.06,"points":50},{"from":0.05,"points":40},{"from":0.04,"points":30},{"from":0.03,"points":20},{"from":0.02,"points":10}]},{"metric":"RD_TO_TOTAL_COST","bands":[{"from":0.30,"points":50},{"from":0.25,"points":40},{"from":0.20,"points":30},{"from":0.15,"points":20},{"from":0.10,"points":10}]}]},{"code":"IP","title":"科技成果指标","max":30,"alternatives":[{"metric":"CLASS_I_IP","bands":[{"from":1,"points":30}]},{"metric":"CLASS_II_IP","bands":[{"from":4,"points":24},{"from":3,"points":18},{"from":2,"points":12},{"from":1,"points":6}]}]}]}'),
('6a1f0c2e-0000-4000-8000-000000000002', 8, 'DIRECT_PASS_HNTE', '拥有有效期内高新技术企业资格证书的直接符合',
 '第六条（五）符合第（一）至（四）项条件的企业，若同时符合下列条件中的一项，则可直接确认符合科技型中小企业条件：1. 企业拥有有效期内高新技术企业资格证书。',
 '{"kind":"DIRECT_PASS","metric":"HOLDS_CERTIFICATION","parameter":"HNTE","operator":"GE","value":1,"replaces":["EVALUATION_SCORE"]}');

-- TECH_GIANT: a local type entered as data only, to show that a new type needs no code. The conditions are an
-- example for Fuzhou (350100) in 2026; the real ones come from the city's own notice.
INSERT INTO rule_set VALUES ('6a1f0c2e-0000-4000-8000-000000000003', 'TECH_GIANT', '350100', 2026, 1,
    '科技小巨人企业认定条件（示例，福州市 2026）', '示例数据：地方认定办法由各地科技局发布', 'migration', '2026-11-23T00:00:00+08:00');
INSERT INTO rule (rule_set_id, position, code, title, clause, definition) VALUES
('6a1f0c2e-0000-4000-8000-000000000003', 1, 'HOLDS_HNTE', '为有效期内的高新技术企业',
 '示例第五条（一）申报企业应为有效期内的高新技术企业。',
 '{"kind":"THRESHOLD","metric":"HOLDS_CERTIFICATION","parameter":"HNTE","operator":"GE","value":1}'),
('6a1f0c2e-0000-4000-8000-000000000003', 2, 'SALES_FLOOR', '上年度销售收入不低于2000万元',
 '示例第五条（二）上年度销售收入2000万元以上、10亿元以下。',
 '{"kind":"THRESHOLD","metric":"SALES_REVENUE","operator":"GE","value":20000000.00}'),
('6a1f0c2e-0000-4000-8000-000000000003', 3, 'SALES_CEILING', '上年度销售收入不超过10亿元',
 '示例第五条（二）上年度销售收入2000万元以上、10亿元以下。',
 '{"kind":"THRESHOLD","metric":"SALES_REVENUE","operator":"LE","value":1000000000.00}'),
('6a1f0c2e-0000-4000-8000-000000000003', 4, 'RD_TO_SALES', '上年度研发费用占销售收入不低于3%',
 '示例第五条（三）上年度研究开发费用占销售收入的比例不低于3%。',
 '{"kind":"THRESHOLD","metric":"RD_TO_SALES","operator":"GE","value":0.03}'),
('6a1f0c2e-0000-4000-8000-000000000003', 5, 'INVENTION_PATENTS', '拥有2件以上有效发明专利',
 '示例第五条（四）拥有有效发明专利2件以上。',
 '{"kind":"THRESHOLD","metric":"CLASS_I_IP","operator":"GE","value":2}'),
('6a1f0c2e-0000-4000-8000-000000000003', 6, 'SALES_GROWTH', '近三年销售收入增长率不低于10%',
 '示例第五条（五）近三年销售收入平均增长率不低于10%。',
 '{"kind":"THRESHOLD","metric":"SALES_GROWTH","operator":"GE","value":0.10}'),
('6a1f0c2e-0000-4000-8000-000000000003', 7, 'NO_MAJOR_VIOLATION', '近一年无重大安全、质量事故和严重环境违法',
 '示例第五条（六）近一年未发生重大安全、重大质量事故和严重环境违法行为。',
 '{"kind":"THRESHOLD","metric":"MAJOR_VIOLATIONS_PRIOR_YEAR","operator":"LE","value":0}');
