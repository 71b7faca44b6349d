-- The working-day calendar as data (read by org.keji.commons.calendar.WorkingCalendars): the official holidays (放假,
-- including the weekend days inside a holiday) and adjusted working weekends (调休上班) of each year, as the State
-- Council's General Office announces them in its yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知).
-- A year is covered because its notice is loaded (a row in working_calendar_year), not because it has days: a date in
-- a year without a row is counted Monday to Friday and a deadline there is provisional. Later years arrive as
-- keji.case.calendar-year-published.v1 events (org.keji.commons.calendar.CalendarYears), which replace a year's days.
-- Days not listed: Monday to Friday worked, Saturday and Sunday off.

CREATE TABLE working_calendar_year (
    year         integer     PRIMARY KEY CHECK (year BETWEEN 1949 AND 9999),
    -- the notice(s): title and document number (发文字号)
    source       text        NOT NULL CHECK (source <> ''),
    -- the day the notice was issued (成文日期)
    published_at date,
    loaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE working_calendar_day (
    day  date    PRIMARY KEY,
    -- the notice the day comes from; a New Year holiday may start on 31 December of the year before (2023's notice)
    year integer NOT NULL REFERENCES working_calendar_year (year) ON DELETE CASCADE,
    kind text    NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name text    NOT NULL CHECK (name <> ''),
    -- an adjusted working day on a weekday would change nothing: a typo in the data
    CONSTRAINT working_calendar_day_workday_on_weekend CHECK (kind <> 'WORKDAY' OR extract(isodow FROM day) IN (6, 7)),
    CONSTRAINT working_calendar_day_in_notice_year CHECK (extract(year FROM day) BETWEEN year - 1 AND year)
);
CREATE INDEX working_calendar_day_year ON working_calendar_day (year);

INSERT INTO working_calendar_year (year, source, published_at) VALUES
    -- checked against the notice as published by 新华社 / 中国政府网 (copies: news.chengdu.cn 2019-11-21, gansulong.com);
    -- the Spring Festival extension was official too and is included: 1 February 2020 (Saturday) was no longer worked
    -- and 3 February was the first working day (copies: farmer.com.cn 2020-01-27, hbcasj.com / 新华网)
    (2020, '国务院办公厅关于2020年部分节假日安排的通知（国办发明电〔2019〕16号）；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号，2020年1月26日）', DATE '2019-11-21'),
    -- copies: 0798ci.com, cncaprc.cn (中国政府网)
    (2021, '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）', DATE '2020-11-25'),
    -- copies: beijing.gov.cn, sn.people.com.cn (人民日报 2021-10-26)
    (2022, '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）', DATE '2021-10-25'),
    -- copies: zh.wikisource.org (国务院公报 2023年第1号), big5.china.com.cn (新华社 2022-12-08)
    (2023, '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）', DATE '2022-12-08'),
    -- copies: zh.wikisource.org (国务院公报 2023年第31号), paper.people.com.cn (人民日报 2023-10-26)
    (2024, '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）', DATE '2023-10-25'),
    -- copies: m.gmw.cn (新华网 2024-11-12), gyhiac.cn
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', DATE '2024-11-12'),
    -- copies: politics.gmw.cn (新华网 2025-11-04), epaper.zsnews.cn (中山日报 2025-11-05), 2cto.com.cn (number)
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', DATE '2025-11-04');

-- Holidays: from the first to the last day each notice names ("1月24日至30日放假调休"), every day in between.
-- Where a notice says "与周末连休" only the named day is listed; the weekend next to it is off anyway.
INSERT INTO working_calendar_day (day, year, kind, name)
SELECT day::date, h.year, 'HOLIDAY', h.name
FROM (VALUES
    -- 2020
    (2020, '元旦', DATE '2020-01-01', DATE '2020-01-01'),
    (2020, '春节', DATE '2020-01-24', DATE '2020-01-30'),
    (2020, '春节（延长假期）', DATE '2020-01-31', DATE '2020-02-02'),
    (2020, '清明节', DATE '2020-04-04', DATE '2020-04-06'),
    (2020, '劳动节', DATE '2020-05-01', DATE '2020-05-05'),
    (2020, '端午节', DATE '2020-06-25', DATE '2020-06-27'),
    (2020, '国庆节、中秋节', DATE '2020-10-01', DATE '2020-10-08'),
    -- 2021
    (2021, '元旦', DATE '2021-01-01', DATE '2021-01-03'),
    (2021, '春节', DATE '2021-02-11', DATE '2021-02-17'),
    (2021, '清明节', DATE '2021-04-03', DATE '2021-04-05'),
    (2021, '劳动节', DATE '2021-05-01', DATE '2021-05-05'),
    (2021, '端午节', DATE '2021-06-12', DATE '2021-06-14'),
    (2021, '中秋节', DATE '2021-09-19', DATE '2021-09-21'),
    (2021, '国庆节', DATE '2021-10-01', DATE '2021-10-07'),
    -- 2022
    (2022, '元旦', DATE '2022-01-01', DATE '2022-01-03'),
    (2022, '春节', DATE '2022-01-31', DATE '2022-02-06'),
    (2022, '清明节', DATE '2022-04-03', DATE '2022-04-05'),
    (2022, '劳动节', DATE '2022-04-30', DATE '2022-05-04'),
    (2022, '端午节', DATE '2022-06-03', DATE '2022-06-05'),
    (2022, '中秋节', DATE '2022-09-10', DATE '2022-09-12'),
    (2022, '国庆节', DATE '2022-10-01', DATE '2022-10-07'),
    -- 2023 (its New Year holiday starts on Saturday 31 December 2022)
    (2023, '元旦', DATE '2022-12-31', DATE '2023-01-02'),
    (2023, '春节', DATE '2023-01-21', DATE '2023-01-27'),
    (2023, '清明节', DATE '2023-04-05', DATE '2023-04-05'),
    (2023, '劳动节', DATE '2023-04-29', DATE '2023-05-03'),
    (2023, '端午节', DATE '2023-06-22', DATE '2023-06-24'),
    (2023, '中秋节、国庆节', DATE '2023-09-29', DATE '2023-10-06'),
    -- 2024 (New Year and Dragon Boat: "与周末连休"; New Year's Eve 9 February only encouraged, not a holiday)
    (2024, '元旦', DATE '2024-01-01', DATE '2024-01-01'),
    (2024, '春节', DATE '2024-02-10', DATE '2024-02-17'),
    (2024, '清明节', DATE '2024-04-04', DATE '2024-04-06'),
    (2024, '劳动节', DATE '2024-05-01', DATE '2024-05-05'),
    (2024, '端午节', DATE '2024-06-10', DATE '2024-06-10'),
    (2024, '中秋节', DATE '2024-09-15', DATE '2024-09-17'),
    (2024, '国庆节', DATE '2024-10-01', DATE '2024-10-07'),
    -- 2025
    (2025, '元旦', DATE '2025-01-01', DATE '2025-01-01'),
    (2025, '春节', DATE '2025-01-28', DATE '2025-02-04'),
    (2025, '清明节', DATE '2025-04-04', DATE '2025-04-06'),
    (2025, '劳动节', DATE '2025-05-01', DATE '2025-05-05'),
    (2025, '端午节', DATE '2025-05-31', DATE '2025-06-02'),
    (2025, '国庆节、中秋节', DATE '2025-10-01', DATE '2025-10-08'),
    -- 2026
    (2026, '元旦', DATE '2026-01-01', DATE '2026-01-03'),
    (2026, '春节', DATE '2026-02-15', DATE '2026-02-23'),
    (2026, '清明节', DATE '2026-04-04', DATE '2026-04-06'),
    (2026, '劳动节', DATE '2026-05-01', DATE '2026-05-05'),
    (2026, '端午节', DATE '2026-06-19', DATE '2026-06-21'),
    (2026, '中秋节', DATE '2026-09-25', DATE '2026-09-27'),
    (2026, '国庆节', DATE '2026-10-01', DATE '2026-10-07')
) AS h (year, name, first_day, last_day)
CROSS JOIN LATERAL generate_series(h.first_day::timestamp, h.last_day::timestamp, interval '1 day') AS day;

-- Adjusted working weekends ("1月19日（星期日）、2月1日（星期六）上班"), each named after the holiday it makes up for.
INSERT INTO working_calendar_day (day, year, kind, name) VALUES
    -- 2020 (1 February was to be worked, but the extension made it a holiday)
    (DATE '2020-01-19', 2020, 'WORKDAY', '春节调休上班'),
    (DATE '2020-04-26', 2020, 'WORKDAY', '劳动节调休上班'),
    (DATE '2020-05-09', 2020, 'WORKDAY', '劳动节调休上班'),
    (DATE '2020-06-28', 2020, 'WORKDAY', '端午节调休上班'),
    (DATE '2020-09-27', 2020, 'WORKDAY', '国庆节、中秋节调休上班'),
    (DATE '2020-10-10', 2020, 'WORKDAY', '国庆节、中秋节调休上班'),
    -- 2021
    (DATE '2021-02-07', 2021, 'WORKDAY', '春节调休上班'),
    (DATE '2021-02-20', 2021, 'WORKDAY', '春节调休上班'),
    (DATE '2021-04-25', 2021, 'WORKDAY', '劳动节调休上班'),
    (DATE '2021-05-08', 2021, 'WORKDAY', '劳动节调休上班'),
    (DATE '2021-09-18', 2021, 'WORKDAY', '中秋节调休上班'),
    (DATE '2021-09-26', 2021, 'WORKDAY', '国庆节调休上班'),
    (DATE '2021-10-09', 2021, 'WORKDAY', '国庆节调休上班'),
    -- 2022
    (DATE '2022-01-29', 2022, 'WORKDAY', '春节调休上班'),
    (DATE '2022-01-30', 2022, 'WORKDAY', '春节调休上班'),
    (DATE '2022-04-02', 2022, 'WORKDAY', '清明节调休上班'),
    (DATE '2022-04-24', 2022, 'WORKDAY', '劳动节调休上班'),
    (DATE '2022-05-07', 2022, 'WORKDAY', '劳动节调休上班'),
    (DATE '2022-10-08', 2022, 'WORKDAY', '国庆节调休上班'),
    (DATE '2022-10-09', 2022, 'WORKDAY', '国庆节调休上班'),
    -- 2023
    (DATE '2023-01-28', 2023, 'WORKDAY', '春节调休上班'),
    (DATE '2023-01-29', 2023, 'WORKDAY', '春节调休上班'),
    (DATE '2023-04-23', 2023, 'WORKDAY', '劳动节调休上班'),
    (DATE '2023-05-06', 2023, 'WORKDAY', '劳动节调休上班'),
    (DATE '2023-06-25', 2023, 'WORKDAY', '端午节调休上班'),
    (DATE '2023-10-07', 2023, 'WORKDAY', '中秋节、国庆节调休上班'),
    (DATE '2023-10-08', 2023, 'WORKDAY', '中秋节、国庆节调休上班'),
    -- 2024
    (DATE '2024-02-04', 2024, 'WORKDAY', '春节调休上班'),
    (DATE '2024-02-18', 2024, 'WORKDAY', '春节调休上班'),
    (DATE '2024-04-07', 2024, 'WORKDAY', '清明节调休上班'),
    (DATE '2024-04-28', 2024, 'WORKDAY', '劳动节调休上班'),
    (DATE '2024-05-11', 2024, 'WORKDAY', '劳动节调休上班'),
    (DATE '2024-09-14', 2024, 'WORKDAY', '中秋节调休上班'),
    (DATE '2024-09-29', 2024, 'WORKDAY', '国庆节调休上班'),
    (DATE '2024-10-12', 2024, 'WORKDAY', '国庆节调休上班'),
    -- 2025
    (DATE '2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
    (DATE '2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
    (DATE '2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
    (DATE '2025-09-28', 2025, 'WORKDAY', '国庆节、中秋节调休上班'),
    (DATE '2025-10-11', 2025, 'WORKDAY', '国庆节、中秋节调休上班'),
    -- 2026
    (DATE '2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
    (DATE '2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
    (DATE '2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
    (DATE '2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
    (DATE '2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
    (DATE '2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');
