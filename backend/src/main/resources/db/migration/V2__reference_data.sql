-- Platforms and business categories (SPEC §3), with Japanese and English labels.
CREATE TABLE platform (
    slug     text PRIMARY KEY,
    name_ja  text NOT NULL,
    name_en  text NOT NULL,
    position int  NOT NULL
);

INSERT INTO platform (slug, name_ja, name_en, position) VALUES
    ('kintone', 'kintone', 'kintone', 1),
    ('power-apps', 'Power Apps', 'Power Apps', 2),
    ('power-automate', 'Power Automate', 'Power Automate', 3),
    ('logo-form', 'LoGoフォーム', 'LoGo Form', 4),
    ('excel', 'Excel', 'Excel', 5),
    ('access', 'Access', 'Access', 6),
    ('appsheet', 'AppSheet', 'AppSheet', 7),
    ('other', 'その他', 'Other', 8);

CREATE TABLE category (
    slug     text PRIMARY KEY,
    name_ja  text NOT NULL,
    name_en  text NOT NULL,
    position int  NOT NULL
);

INSERT INTO category (slug, name_ja, name_en, position) VALUES
    ('childcare', '子育て・保育', 'Childcare', 1),
    ('disaster-prevention', '防災', 'Disaster prevention', 2),
    ('welfare', '福祉', 'Welfare', 3),
    ('health', '保健・医療', 'Health', 4),
    ('tax', '税務', 'Tax', 5),
    ('resident-services', '住民サービス・窓口', 'Resident services', 6),
    ('education', '教育', 'Education', 7),
    ('environment', '環境', 'Environment', 8),
    ('events', 'イベント', 'Events', 9),
    ('facilities', '施設管理', 'Facilities', 10),
    ('general-affairs', '総務', 'General affairs', 11),
    ('hr', '人事', 'Human resources', 12),
    ('finance', '財務・会計', 'Finance', 13),
    ('other', 'その他', 'Other', 14);
