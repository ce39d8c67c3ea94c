-- The 23 special wards (特別区), copied from the ward list of the policy data set.
CREATE TABLE ward (
    slug    text PRIMARY KEY CHECK (slug ~ '^[a-z]+$'),
    code    char(6) NOT NULL UNIQUE,
    name_ja text NOT NULL,
    name_en text NOT NULL
);

INSERT INTO ward (code, slug, name_ja, name_en) VALUES
    ('131016', 'chiyoda', '千代田区', 'Chiyoda City'),
    ('131024', 'chuo', '中央区', 'Chuo City'),
    ('131032', 'minato', '港区', 'Minato City'),
    ('131041', 'shinjuku', '新宿区', 'Shinjuku City'),
    ('131059', 'bunkyo', '文京区', 'Bunkyo City'),
    ('131067', 'taito', '台東区', 'Taito City'),
    ('131075', 'sumida', '墨田区', 'Sumida City'),
    ('131083', 'koto', '江東区', 'Koto City'),
    ('131091', 'shinagawa', '品川区', 'Shinagawa City'),
    ('131105', 'meguro', '目黒区', 'Meguro City'),
    ('131113', 'ota', '大田区', 'Ota City'),
    ('131121', 'setagaya', '世田谷区', 'Setagaya City'),
    ('131130', 'shibuya', '渋谷区', 'Shibuya City'),
    ('131148', 'nakano', '中野区', 'Nakano City'),
    ('131156', 'suginami', '杉並区', 'Suginami City'),
    ('131164', 'toshima', '豊島区', 'Toshima City'),
    ('131172', 'kita', '北区', 'Kita City'),
    ('131181', 'arakawa', '荒川区', 'Arakawa City'),
    ('131199', 'itabashi', '板橋区', 'Itabashi City'),
    ('131202', 'nerima', '練馬区', 'Nerima City'),
    ('131211', 'adachi', '足立区', 'Adachi City'),
    ('131229', 'katsushika', '葛飾区', 'Katsushika City'),
    ('131237', 'edogawa', '江戸川区', 'Edogawa City');
