-- TECH_SME, version 2 of the national 2022 rules: 科技型中小企业评价办法 (国科发区〔2022〕67号) 第六条（四） also excludes an
-- enterprise with serious research dishonesty (科研严重失信) in the year before the evaluation year or in it, which
-- version 1 did not test. Rule sets are never changed: version 2 repeats version 1's rules and adds that one after
-- NO_MAJOR_VIOLATION; checks made with version 1 stay as they were evaluated.
INSERT INTO rule_set VALUES ('6a1f0c2e-0000-4000-8000-000000000004', 'TECH_SME', '000000', 2022, 2,
    '科技型中小企业评价条件（2022，含科研严重失信）', '国科发区〔2022〕67号 第六条及附件评价指标', 'migration', '2026-11-30T00:00:00+08:00');

INSERT INTO rule (rule_set_id, position, code, title, clause, definition)
SELECT '6a1f0c2e-0000-4000-8000-000000000004', CASE WHEN position <= 5 THEN position ELSE position + 1 END,
       code, title, clause, definition
FROM rule WHERE rule_set_id = '6a1f0c2e-0000-4000-8000-000000000002';

INSERT INTO rule (rule_set_id, position, code, title, clause, definition) VALUES
('6a1f0c2e-0000-4000-8000-000000000004', 6, 'NO_RESEARCH_DISHONESTY', '上一年及当年内无科研严重失信行为',
 '第六条（四）企业在填报上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为。',
 '{"kind":"THRESHOLD","metric":"SERIOUS_RESEARCH_DISHONESTY_SINCE_LAST_YEAR","operator":"LE","value":0}');
