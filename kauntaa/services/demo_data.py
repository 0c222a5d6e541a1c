"""Word lists for the demo café, so a demo shop reads like a real one and not like "user123".

Names come from Faker; everything a neighbourhood café would add to them lives
here: the menu, what people do and can offer, what they look for (several of
those meet, so the introduction suggestions have something to find), their
interests, the circles that meet at the shop and the owner's notes. Tags and
circle names are single words on purpose: each one is one search term.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The menu, with weights: drip coffee and lattes are ordered far more than seasonal drinks.
MENU: tuple[tuple[str, int], ...] = (
    ("ブレンド", 20),
    ("カフェラテ", 18),
    ("アイスコーヒー", 8),
    ("抹茶ラテ", 7),
    ("ほうじ茶", 6),
    ("ほうじ茶ラテ", 6),
    ("カプチーノ", 6),
    ("エスプレッソ", 3),
    ("アメリカーノ", 5),
    ("カフェオレ", 5),
    ("水出しコーヒー", 3),
    ("デカフェ", 3),
    ("チャイ", 3),
    ("ルイボスティー", 2),
    ("レモネード", 2),
    ("オーツミルクラテ", 4),
    ("ブレンドとスコーン", 4),
    ("カフェラテとバナナブレッド", 3),
    ("日替わりランチ", 8),
    ("たまごサンドとブレンド", 4),
    ("ホットサンドセット", 4),
    ("チーズケーキとブレンド", 3),
    ("プリンとほうじ茶", 2),
    ("ナポリタン", 3),
)


@dataclass(frozen=True, slots=True)
class Persona:
    """What someone does, and what they could do for another regular."""

    occupation: str
    offers: str


#: Occupations that come with something to offer; the offers match ``NEEDS`` below.
PERSONAS: tuple[Persona, ...] = (
    Persona("写真家", "写真撮影"),
    Persona("フリーのカメラマン", "写真撮影"),
    Persona("ウェブデザイナー", "ホームページ制作"),
    Persona("グラフィックデザイナー", "チラシのデザイン"),
    Persona("イラストレーター", "イラスト"),
    Persona("英会話講師", "英会話レッスン"),
    Persona("翻訳家", "翻訳"),
    Persona("農家", "地元野菜の直売"),
    Persona("家庭菜園が趣味の会社員", "野菜のおすそわけ"),
    Persona("大工", "棚や家具の修理"),
    Persona("税理士", "確定申告の相談"),
    Persona("ピアノ講師", "ピアノレッスン"),
    Persona("石けん作家", "手作り石けん"),
    Persona("パン職人", "パン教室"),
    Persona("着付け師", "着物の着付け"),
    Persona("整体師", "肩こりの相談"),
    Persona("保育士", "子育ての相談"),
    Persona("プログラマー", "パソコンの相談"),
    Persona("花屋", "お花のアレンジ"),
    Persona("ライター", "文章の添削"),
    Persona("司法書士", "相続の相談"),
    Persona("自転車屋", "自転車の修理"),
    Persona("陶芸家", "器づくり"),
    Persona("書道家", "筆文字"),
    Persona("ヨガ講師", "ヨガ教室"),
    Persona("美容師", "ヘアカット"),
    Persona("不動産屋", "物件探しの相談"),
    Persona("音響エンジニア", "イベントの音響"),
)

#: Occupations without an obvious offer, alongside Faker's own job list.
PLAIN_OCCUPATIONS: tuple[str, ...] = (
    "会社員",
    "学生",
    "大学院生",
    "看護師",
    "市役所勤め",
    "主婦",
    "主夫",
    "小学校の先生",
    "定年退職",
    "薬剤師",
    "営業",
    "郵便局員",
    "図書館司書",
    "研究者",
    "商店街の八百屋",
)

#: (what someone is looking for, the offer that answers it)
NEEDS: tuple[tuple[str, str], ...] = (
    ("ショップの写真", "写真撮影"),
    ("家族写真を撮ってくれる人", "写真撮影"),
    ("お店のホームページ", "ホームページ制作"),
    ("イベントのチラシ", "チラシのデザイン"),
    ("絵本の挿絵", "イラスト"),
    ("英会話の練習相手", "英会話レッスン"),
    ("英語のメニュー", "翻訳"),
    ("地元の野菜の仕入れ先", "地元野菜の直売"),
    ("無農薬の野菜", "野菜のおすそわけ"),
    ("古い棚を直せる人", "棚や家具の修理"),
    ("確定申告の相談相手", "確定申告の相談"),
    ("子どものピアノの先生", "ピアノレッスン"),
    ("肌にやさしい石けん", "手作り石けん"),
    ("パン作りの先生", "パン教室"),
    ("成人式の着付けをしてくれる人", "着物の着付け"),
    ("肩こりに効く整体", "肩こりの相談"),
    ("子育ての話し相手", "子育ての相談"),
    ("パソコンに詳しい人", "パソコンの相談"),
    ("お祝いの花束", "お花のアレンジ"),
    ("ブログの文章を見てくれる人", "文章の添削"),
    ("相続の相談先", "相続の相談"),
    ("自転車の修理屋さん", "自転車の修理"),
    ("お店で使う器", "器づくり"),
    ("看板の筆文字を書ける人", "筆文字"),
    ("運動のきっかけ", "ヨガ教室"),
    ("近所の美容室", "ヘアカット"),
    ("店舗物件", "物件探しの相談"),
    ("ライブの音響さん", "イベントの音響"),
)

#: Interests and values, as the owner would tag them.
TAGS: tuple[str, ...] = (
    "登山",
    "フィルムカメラ",
    "手作り石けん",
    "絵手紙",
    "子育て",
    "地元野菜",
    "読書",
    "ジャズ",
    "猫",
    "犬",
    "ランニング",
    "自転車",
    "将棋",
    "園芸",
    "パン作り",
    "陶芸",
    "書道",
    "ヨガ",
    "俳句",
    "古着",
    "キャンプ",
    "釣り",
    "映画",
    "落語",
    "ボードゲーム",
    "編み物",
    "料理",
    "旅行",
    "サッカー",
    "野球",
    "環境問題",
    "まちづくり",
    "ボランティア",
    "コーヒー豆",
    "ワイン",
    "温泉",
    "アニメ",
    "漫画",
    "ピアノ",
    "合唱",
)


@dataclass(frozen=True, slots=True)
class CircleIdea:
    """A circle (アソシエ): members come from the regulars who share its tag."""

    name: str
    tag: str
    description: str
    events: tuple[str, ...]


CIRCLES: tuple[CircleIdea, ...] = (
    CircleIdea(
        "手作り石けんの会",
        "手作り石けん",
        "月に一度、奥のテーブルでコールドプロセスの石けんを作る会。",
        ("手作り石けんワークショップ", "季節のハーブ石けんづくり", "石けんの型出しの日"),
    ),
    CircleIdea(
        "絵手紙サークル",
        "絵手紙",
        "季節の野菜や花を描いて、一言添える。初心者歓迎。",
        ("絵手紙を描く会", "年賀状の絵手紙教室", "絵手紙の小さな展示"),
    ),
    CircleIdea(
        "山歩きの会",
        "登山",
        "近くの低山を歩いて、帰りに店でコーヒー。",
        ("山歩きの会・報告会", "地図の読み方講座", "山コーヒーの淹れ方"),
    ),
    CircleIdea(
        "フィルム写真部",
        "フィルムカメラ",
        "フィルムカメラで町を撮り、プリントを持ち寄る。",
        ("フィルム写真の持ち寄り会", "町歩き撮影会", "写真展の準備会"),
    ),
    CircleIdea(
        "子育てカフェの会",
        "子育て",
        "子連れで気兼ねなく話せる午前中の集まり。",
        ("子育てお話し会", "絵本の読み聞かせ", "おさがり交換会"),
    ),
    CircleIdea(
        "地元野菜の会",
        "地元野菜",
        "近所の農家さんと、野菜の食べ方を分け合う会。",
        ("朝どれ野菜マルシェ", "野菜スープの会", "農園見学の報告会"),
    ),
    CircleIdea(
        "ジャズを聴く会",
        "ジャズ",
        "レコードを持ち寄って夜に聴く会。",
        ("レコード持ち寄りナイト", "ジャズ喫茶の夜"),
    ),
    CircleIdea(
        "読書会",
        "読書",
        "課題本を決めて、月に一度感想を話す。",
        ("月例読書会", "本の交換会"),
    ),
    CircleIdea(
        "俳句の会",
        "俳句",
        "季語を一つ決めて句を持ち寄る。",
        ("句会", "吟行と句会"),
    ),
    CircleIdea(
        "編み物の会",
        "編み物",
        "編みかけを持ってきて、おしゃべりしながら編む。",
        ("編み物カフェ", "はじめての靴下編み"),
    ),
    CircleIdea(
        "将棋の会",
        "将棋",
        "土曜の午後、窓際で指す。",
        ("土曜将棋の会", "子ども将棋教室"),
    ),
    CircleIdea(
        "まちづくりの会",
        "まちづくり",
        "商店街の空き店舗や花壇のことを話し合う。",
        ("商店街の未来を話す会", "花壇の手入れの日"),
    ),
)

#: Roles after the representative (who is also the circle's contact).
CIRCLE_ROLES: tuple[str, ...] = ("会計", "講師", "記録係")
REPRESENTATIVE = "代表"

#: Events the shop holds on its own, with no circle.
SHOP_EVENTS: tuple[str, ...] = (
    "ハンドドリップ教室",
    "コーヒー豆の試飲会",
    "周年パーティー",
    "ラテアート体験",
)

#: Notes about a person; ``{tag}``, ``{order}`` and ``{occupation}`` are filled in.
NOTES: tuple[str, ...] = (
    "{tag}の話で盛り上がった",
    "来月{tag}のイベントに行くらしい",
    "今日は{order}を二つテイクアウト",
    "{occupation}の仕事が忙しい時期とのこと",
    "窓際の席がお気に入り",
    "犬の散歩の途中に寄ってくれる",
    "娘さんが春から小学生",
    "引っ越してきたばかり。近所のおすすめを聞かれた",
    "{tag}の本を貸す約束をした",
    "ポイントカードを作った",
    "誕生日が近いそう",
    "いつも閉店間際に来る",
    "新しい店を開く準備中",
    "雨の日は必ず来る",
    "お連れの方も{order}",
)

#: Pinned notes: what must be on screen before the order is taken.
PINNED_NOTES: tuple[str, ...] = (
    "乳製品アレルギー。ラテはオーツミルクで",
    "カフェインを控えている。デカフェを勧める",
    "ナッツアレルギー",
    "熱いのが苦手。少しぬるめで",
    "砂糖なし・ミルク多め",
    "紙カップではなくマグで",
    "耳が少し遠いので、ゆっくり話す",
)

#: Private notes, hidden in privacy mode.
PRIVATE_NOTES: tuple[str, ...] = (
    "お父さまが入院中",
    "転職活動中。まだ職場には内緒",
    "体調を崩していたそう。無理に話しかけない",
    "ご家族の介護で忙しいらしい",
    "お店を畳むか迷っている",
)

#: Why two people were introduced when they share an interest rather than a need.
SHARED_INTEREST_CONTEXT = "どちらも{tag}が好きなので"
#: Why two people were introduced when one offers what the other looks for.
NEED_CONTEXT = "{need}を探していたので紹介（{offer}）"

#: What came of an introduction, per outcome kind.
OUTCOME_TEXTS: dict[str, tuple[str, ...]] = {
    "work": (
        "仕事を頼んだそう",
        "正式に依頼があったとのこと",
        "お店の仕事につながった",
    ),
    "friendship": (
        "週末に一緒に出かけたらしい",
        "今では二人で来てくれる",
        "家族ぐるみの付き合いに",
    ),
    "collaboration": (
        "一緒にワークショップを開くことに",
        "二人で小さな展示をした",
        "共同でイベントを企画中",
    ),
    "other": (
        "連絡先を交換した",
        "近所同士だとわかった",
    ),
}

#: Reminders by date, for the owner.
DATED_REMINDERS: tuple[str, ...] = (
    "豆の試飲会の案内を渡す",
    "ニュースレターの原稿を送る",
    "予約のホールケーキを用意",
    "貸し切りの打ち合わせ",
    "ワークショップの材料を確認",
)

#: Reminders for someone's next visit; ``{tag}`` is filled in.
NEXT_VISIT_REMINDERS: tuple[str, ...] = (
    "忘れ物の傘を返す",
    "{tag}の本を返す",
    "ポイントカードのスタンプを押し忘れた分を足す",
    "頼まれていた豆を渡す",
    "次のワークショップの日程を伝える",
    "{tag}のイベントのチラシを渡す",
)

#: The owner's own notes for a day.
DAY_NOTES: tuple[str, ...] = (
    "雨。午後は静かだった",
    "豆（エチオピア）を追加で発注",
    "エスプレッソマシンの点検日",
    "近くの小学校が運動会で、昼が混んだ",
    "新しいスコーンの評判がいい",
    "ランチのスープが早めに売り切れ",
    "商店街の祭りの準備で人通りが多い",
    "冷蔵庫の温度が少し高い。様子を見る",
)
