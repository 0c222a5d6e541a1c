<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kauntaa</source>
        <extracomment>(distribution, what it does for Kauntaa, licence) for everything the installers bundle.</extracomment>
        <translation>Kauntaa について</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>The memory of a small shop&apos;s counter. Free software under the GNU GPL, version 3 or later.</source>
        <translation>小さなお店のカウンターの記憶。GNU GPL バージョン3以降のフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3. The installed program keeps the Qt libraries as separate files (the _internal folder next to the program), so you can replace them with your own build of the same Qt version; their source code is available from the Qt Project.</source>
        <translation>Qt と PySide6 は GNU LGPL バージョン3のもとで使っています。インストールされたプログラムは Qt のライブラリを別のファイル（プログラムの隣の _internal フォルダー）として持っているので、同じ版の Qt を自分でビルドしたものに差し替えられます。ソースコードは Qt Project から入手できます。</translation>
    </message>
    <message>
        <source>Included software</source>
        <translation>同梱しているソフトウェア</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>nothing yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>led to work</source>
        <translation>仕事につながった</translation>
    </message>
    <message>
        <source>became friends</source>
        <translation>友だちになった</translation>
    </message>
    <message>
        <source>a collaboration</source>
        <translation>一緒に企画</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Introduce to %1 next time</source>
        <translation>次に来たら %1 さんを紹介</translation>
    </message>
    <message>
        <source>Introduced to %1 by %2, %3</source>
        <translation>%1 さんを紹介（%2、%3）</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>いつもの</translation>
    </message>
    <message>
        <source>done</source>
        <translation>済み</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最後は%1</translation>
    </message>
    <message>
        <source>usually every %1 days</source>
        <translation>いつもは%1日おき</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>private</source>
        <translation>非公開にする</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>仕事・活動</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>できること</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>探していること</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>About</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>サークル</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>紹介</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>お客さま</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading (furigana)</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>ローマ字</translation>
    </message>
    <message>
        <source>What to call them</source>
        <translation>呼び方</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>いつもの注文</translation>
    </message>
    <message>
        <source>Occupation / what they do</source>
        <translation>仕事・活動</translation>
    </message>
    <message>
        <source>Can offer</source>
        <translation>できること</translation>
    </message>
    <message>
        <source>Looking for</source>
        <translation>探していること</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>読点（、）やカンマで区切る</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>誕生日</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>誕生日を記録する</translation>
    </message>
    <message>
        <source>Agreed to receive the newsletter</source>
        <translation>ニュースレターの受け取りに同意</translation>
    </message>
    <message>
        <source>Do not introduce to others</source>
        <translation>他の人に紹介しない</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>写真を選ぶ…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>写真を外す</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選ぶ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This file is not an image Kauntaa can read.</source>
        <translation>このファイルは読み込める画像ではありません。</translation>
    </message>
    <message>
        <source>Press Save again to add anyway.</source>
        <translation>別の人なら、もう一度「それでも登録」を押してください。</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>それでも登録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>カードを編集</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新しいお客さま</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>まだ来店なし</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n週間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%nか月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n年前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>来店 %n回</numerusform>
        </translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>月曜</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>火曜</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>水曜</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>木曜</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>金曜</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>土曜</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>日曜</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kauntaa</source>
        <translation>Kauntaa</translation>
    </message>
    <message>
        <source>Welcome to Kauntaa</source>
        <translation>ようこそ Kauntaa へ</translation>
    </message>
    <message>
        <source>Load a demo café with made-up regulars to look around, or start with an empty shop.</source>
        <translation>架空の常連さんがいるデモのお店で試すか、空の状態から始められます。</translation>
    </message>
    <message>
        <source>Load the demo café</source>
        <translation>デモのお店を読み込む</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態で始める</translation>
    </message>
    <message>
        <source>Name, reading or romaji…</source>
        <translation>名前・よみ・ローマ字…</translation>
    </message>
    <message>
        <source>Opening the shop…</source>
        <extracomment>When the window was first on screen (perf_counter), for start-up figures.</extracomment>
        <translation>お店のデータを開いています…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Most recent visitors</source>
        <translation>最近来た人</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>アーカイブを解除(&amp;A)</translation>
    </message>
    <message>
        <source>Nobody matches. Press Ctrl+N to add a new customer.</source>
        <translation>見つかりません。Ctrl+N で新しいお客さまを登録できます。</translation>
    </message>
    <message>
        <source>Type two or three letters of a name: kana, kanji or romaji.</source>
        <translation>名前を2、3文字入力してください（かな・漢字・ローマ字）。</translation>
    </message>
    <message>
        <source>Visit recorded: %1  %2</source>
        <translation>来店を記録しました: %1  %2</translation>
    </message>
    <message>
        <source>Introduce to %1</source>
        <translation>%1 さんを紹介</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>メモを保存しました。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 さんを登録しました。</translation>
    </message>
    <message>
        <source>Archive %1? The card stays, but leaves the lists. Ctrl+Z undoes it.</source>
        <translation>%1 さんをアーカイブしますか？ カードは残り、一覧から外れます。Ctrl+Z で戻せます。</translation>
    </message>
    <message>
        <source>Delete %1 completely, with every note, visit and introduction? Ctrl+Z can undo it until Kauntaa is closed.</source>
        <translation>%1 さんを、メモ・来店・紹介の記録ごと完全に削除しますか？ Kauntaa を閉じるまでは Ctrl+Z で戻せます。</translation>
    </message>
    <message>
        <source>In the shop now</source>
        <translation>いま店内に</translation>
    </message>
    <message>
        <source>Nobody has checked in in the last two hours</source>
        <translation>この2時間の来店はまだありません</translation>
    </message>
    <message>
        <source>Making the demo café…</source>
        <translation>デモのお店を準備しています…</translation>
    </message>
    <message>
        <source>The data file reports damage (%1). Take a backup now (File ▸ Back up now), then close Kauntaa and keep the backups folder safe: %2</source>
        <translation>データファイルに傷みが見つかりました（%1）。今すぐバックアップを取り（ファイル ▸ 今すぐバックアップ）、Kauntaa を閉じて、バックアップのフォルダーを大切に保管してください: %2</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>バックアップを作成し、確認しました: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1
The details are in the log: %2</source>
        <translation>問題が起きました: %1
詳しくはログをご覧ください: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>来店を記録</translation>
    </message>
    <message>
        <source>A note… (Ctrl+Enter saves)</source>
        <translation>メモ…（Ctrl+Enter で保存）</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>お客さま(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新しいお客さま(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit card…</source>
        <translation>カードを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;visit</source>
        <translation>来店を記録(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Kauntaa</source>
        <translation>Kauntaa について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>visit</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>delete note</source>
        <translation>メモの削除</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>新規登録</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>unarchive</source>
        <translation>アーカイブ解除</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
</context>
</TS>
