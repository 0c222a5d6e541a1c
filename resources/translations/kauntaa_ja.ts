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
    <name>AttendanceDialog</name>
    <message>
        <source>Who came: %1</source>
        <translation>来た人: %1</translation>
    </message>
    <message>
        <source>A new face</source>
        <translation>はじめての方</translation>
    </message>
    <message>
        <source>furigana, e.g. たなか みさき</source>
        <translation>ふりがな（例: たなか みさき）</translation>
    </message>
    <message>
        <source>Add and record</source>
        <translation>登録して記録</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Type a name and press Enter for each person who came.</source>
        <translation>来た人ごとに名前を入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Came (%1): %2</source>
        <translation>来た人（%1）: %2</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>まだ誰も記録されていません。</translation>
    </message>
</context>
<context>
    <name>BackupFolderBox</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Kauntaa keeps 10 recent, 14 daily and 8 weekly backups, each checked before older ones are removed. A USB stick or a synced folder (Dropbox, OneDrive…) is a good place for them; keep the data file itself on this computer.</source>
        <translation>Kauntaa は最近の10件、日ごと14件、週ごと8件のバックアップを残します。古いものは新しいものを確認してから消します。置き場所には USB メモリや同期フォルダー（Dropbox、OneDrive など）が向いています。データファイル自体はこのパソコンに置いてください。</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>バックアップのフォルダー</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>nothing yet</source>
        <extracomment>Events listed on a card, newest first.</extracomment>
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
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>someone whose record was deleted</source>
        <translation>記録が削除された方</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>取りやめ</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>%1 にフォロー</translation>
    </message>
    <message>
        <source>what came of it…</source>
        <translation>その後どうなった…</translation>
    </message>
    <message>
        <source>offers: %1 ↔ looking for: %2</source>
        <translation>できること: %1 ↔ 探しているもの: %2</translation>
    </message>
    <message>
        <source>looks for: %1 ↔ this customer offers: %2</source>
        <translation>探しているもの: %1 ↔ この方のできること: %2</translation>
    </message>
    <message>
        <source>shared interests: %1</source>
        <translation>共通の関心: %1</translation>
    </message>
    <message>
        <source>same circle: %1</source>
        <translation>同じサークル: %1</translation>
    </message>
    <message>
        <source>usually here on %1 too</source>
        <translation>同じく%1によく来る</translation>
    </message>
    <message>
        <source>usually here around %1:00 too</source>
        <translation>同じく%1時ごろによく来る</translation>
    </message>
    <message>
        <source>introduce…</source>
        <translation>紹介する…</translation>
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
        <source>+ add to a circle</source>
        <translation>＋ サークルに加える</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>参加したイベント</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Asked not to be introduced to anyone.</source>
        <translation>紹介しないでほしいとのことです。</translation>
    </message>
    <message>
        <source>Introduce to someone…</source>
        <translation>誰かに紹介する…</translation>
    </message>
    <message>
        <source>Might like to meet</source>
        <translation>会うと良さそうな人</translation>
    </message>
</context>
<context>
    <name>CheckRepair</name>
    <message>
        <source>&amp;Check and repair…</source>
        <translation>確認と修復(&amp;C)…</translation>
    </message>
    <message>
        <source>Checking the data file…</source>
        <translation>データファイルを確認しています…</translation>
    </message>
    <message>
        <source>Repair it now? The shop closes for a moment while the file is mended. Nothing is deleted: the file as it is now is kept beside the repaired one.</source>
        <translation>いま修復しますか？修復のあいだ、お店のデータを少しだけ閉じます。何も消しません。いまのファイルは修復したファイルの横に残します。</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>修復する</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Repairing the data file…</source>
        <translation>データファイルを修復しています…</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <source>Edit circle</source>
        <translation>サークルを編集</translation>
    </message>
    <message>
        <source>New circle</source>
        <translation>新しいサークル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>連絡係</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>CirclesPage</name>
    <message>
        <source>Circles and events</source>
        <translation>サークルとイベント</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>サークル</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>New circle…</source>
        <translation>新しいサークル…</translation>
    </message>
    <message>
        <source>Workshops and events</source>
        <translation>ワークショップとイベント</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>新しいイベント…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>メンバーを追加…</translation>
    </message>
    <message>
        <source>Record who came…</source>
        <translation>来た人を記録…</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>新しいワークショップ…</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n人のメンバー</numerusform>
        </translation>
    </message>
    <message>
        <source>No circles or events yet. A circle is a small group of regulars — a hiking club, a soap-making group — who may hold a workshop here.</source>
        <translation>まだサークルもイベントもありません。サークルは常連さんの小さな集まり（山歩きの会、石けん作りの会など）で、ここでワークショップを開くこともあります。</translation>
    </message>
    <message>
        <source>Take out of archive</source>
        <translation>アーカイブから戻す</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>サークル</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>連絡係</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>メンバー（%1）</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>連絡係</translation>
    </message>
    <message>
        <source>No members yet.</source>
        <translation>まだメンバーはいません。</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n came</source>
        <translation>
            <numerusform>%n人参加</numerusform>
        </translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>これから</translation>
    </message>
    <message>
        <source>the shop alone</source>
        <translation>お店のみ</translation>
    </message>
    <message>
        <source>Co-hosted by</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Announced in the newsletter</source>
        <translation>ニュースレターで告知済み</translation>
    </message>
    <message>
        <source>Not announced in the newsletter</source>
        <translation>ニュースレターで未告知</translation>
    </message>
    <message>
        <source>Who came (%1)</source>
        <translation>来た人（%1）</translation>
    </message>
    <message>
        <source>Nobody recorded yet.</source>
        <translation>まだ誰も記録されていません。</translation>
    </message>
    <message>
        <source>Take someone off %1</source>
        <translation>%1 から参加者を外す</translation>
    </message>
    <message>
        <source>Circle added: %1</source>
        <translation>サークルを追加しました: %1</translation>
    </message>
    <message>
        <source>Event added: %1</source>
        <translation>イベントを追加しました: %1</translation>
    </message>
    <message>
        <source>Edit circle %1</source>
        <translation>サークル %1 を編集</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>イベント %1 を編集</translation>
    </message>
    <message>
        <source>Add a member to %1</source>
        <translation>%1 にメンバーを追加</translation>
    </message>
    <message>
        <source>%1 joined %2</source>
        <translation>%1 さんが %2 に入りました</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>%1 さんを %2 から外しますか？</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 さんを %2 から外す</translation>
    </message>
    <message>
        <source>Archive %1? It leaves the lists and the cards; its members and events are kept, and it can be taken out of the archive.</source>
        <translation>%1 をアーカイブしますか？ 一覧とカードからは消えますが、メンバーとイベントは残り、あとで戻せます。</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>%1 をアーカイブ</translation>
    </message>
    <message>
        <source>Take %1 out of the archive</source>
        <translation>%1 をアーカイブから戻す</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>%1 に加わりました</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>列の対応づけ</translation>
    </message>
    <message>
        <source>Choose where each column goes on the card. Below: the first rows as they will be stored.</source>
        <translation>各列をカードのどこに入れるか選んでください。下は保存される形での最初の数行です。</translation>
    </message>
    <message>
        <source>&amp;Keep unmatched columns as a note</source>
        <translation>対応のない列はメモとして残す(&amp;K)</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>入れる先</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>As it will be stored:</source>
        <translation>保存される形:</translation>
    </message>
    <message>
        <source>(not matched)</source>
        <translation>（対応なし）</translation>
    </message>
</context>
<context>
    <name>ConnectionMapPage</name>
    <message>
        <source>Connections</source>
        <extracomment>Below this zoom the names of introducers on the edges are hidden (unreadable, and slower). Below this zoom people&apos;s names are left out (too small to read, and costly). The zoom levels, close to far, at which names that would cover one another are thinned. Size of people&apos;s names in scene units (pixels at zoom 1). Names never shrink below this many pixels on screen: zoomed out, they grow in the scene. Height of one legend row. How long a zoom gesture must pause before the map is painted in full again (ms). How long the view must be still before the picture used while zooming is re-made (ms). The picture used while zooming reaches this far beyond each side of the view (as a fraction of its size), so zooming out does not show a bare border at once. The name is shown from this zoom on (the scene raises it where names would collide). The dot and the name at its own size: what a click or a label must hit or avoid. Emitted when a layout is on screen (for tests and scripted screenshots).</extracomment>
        <translation>つながり</translation>
    </message>
    <message>
        <source>Find a person on the map (kana, kanji or romaji)</source>
        <translation>マップ上の人を探す（かな・漢字・ローマ字）</translation>
    </message>
    <message>
        <source>Only around them, steps out:</source>
        <translation>その人の周りだけ、何人先まで:</translation>
    </message>
    <message>
        <source>Show only the people within this many introductions of the person found</source>
        <translation>見つけた人からこの数の紹介以内の人だけを表示</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>マップ全体を表示 (0)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG に書き出す…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG に書き出す…</translation>
    </message>
    <message>
        <source>Click a person to open their card. Wheel or pinch to zoom (+, −, 0 to fit); drag to move. Hover a line to see who introduced them.</source>
        <translation>人をクリックするとカードが開きます。ホイールかピンチで拡大縮小（+、−、0 で全体）、ドラッグで移動。線に重ねると紹介した人が出ます。</translation>
    </message>
    <message>
        <source>Laying out the map…</source>
        <translation>マップを配置しています…</translation>
    </message>
    <message>
        <source>%1 people, %2 introductions</source>
        <translation>%1人、紹介 %2件</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>サークルなし</translation>
    </message>
    <message>
        <source>Introduced by the owner</source>
        <translation>店主の紹介</translation>
    </message>
    <message>
        <source>Introduced by a regular</source>
        <translation>常連さんの紹介</translation>
    </message>
    <message>
        <source>Planned introduction</source>
        <translation>予定の紹介</translation>
    </message>
    <message>
        <source>Who introduced them</source>
        <translation>紹介した人</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>サークル</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 さん経由</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>%1 ↔ %2
introduced by %3, %4</source>
        <translation>%1 ↔ %2
%3 の紹介、%4</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s)</source>
        <translation>
            <numerusform>紹介 %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the map matches.</source>
        <translation>マップ上に該当する人はいません。</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>マップを PNG に書き出す</translation>
    </message>
    <message>
        <source>Export the map as SVG</source>
        <translation>マップを SVG に書き出す</translation>
    </message>
    <message>
        <source>Map exported: %1</source>
        <translation>マップを書き出しました: %1</translation>
    </message>
    <message>
        <source>The map could not be written to %1</source>
        <translation>マップを %1 に書き出せませんでした</translation>
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
        <source>Agreed to the shop keeping their contact details</source>
        <translation>連絡先の保管に同意</translation>
    </message>
    <message>
        <source>Agreed to be introduced to other regulars</source>
        <translation>ほかの常連さんへの紹介に同意</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>%1 に同意</translation>
    </message>
    <message>
        <source>declined or withdrawn on %1</source>
        <translation>%1 に不同意・撤回</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>ニュースレター</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Privacy mode: contact details and the photo are hidden, and kept as they are.</source>
        <translation>プライバシーモード: 連絡先と写真は隠れていますが、そのまま保存されます。</translation>
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
    <name>CustomerList</name>
    <message>
        <source>An introduction is planned for their next visit</source>
        <translation>次の来店時に紹介の予定があります</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF 出力…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>前の日</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>次の日</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Day note</source>
        <translation>今日のひとこと</translation>
    </message>
    <message>
        <source>A word about the day: it is kept with the day.</source>
        <translation>その日のひとこと。日付と一緒に残ります。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Had</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>new</source>
        <translation>初</translation>
    </message>
    <message>
        <source>Overdue regulars</source>
        <translation>しばらく来ていない常連さん</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>一日</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>来た人</translation>
    </message>
    <message>
        <source>The day&apos;s records</source>
        <translation>この日の記録</translation>
    </message>
    <message>
        <source>%1 people came · new faces: %2 · visits: %3</source>
        <translation>来た人 %1人 · はじめての方 %2人 · 来店 %3件</translation>
    </message>
    <message>
        <source>This day comes before the first recorded visit.</source>
        <translation>この日は最初の来店記録より前です。</translation>
    </message>
    <message>
        <source>No visits recorded on this day.</source>
        <translation>この日の来店記録はありません。</translation>
    </message>
    <message>
        <source>Who came (%1)</source>
        <translation>来た人（%1）</translation>
    </message>
    <message>
        <source>bars: this day · dashed: a usual %1 (%2 weeks)</source>
        <translation>棒: この日 · 点線: いつもの%1（%2週分）</translation>
    </message>
    <message>
        <source>bars: this day</source>
        <translation>棒: この日</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>時間帯別の来店</translation>
    </message>
    <message>
        <source>Visits, last 30 days</source>
        <translation>来店（直近30日）</translation>
    </message>
    <message>
        <source>New faces per week</source>
        <translation>週ごとのはじめての方</translation>
    </message>
    <message>
        <source>usually every %1 days, %2 days since the last visit</source>
        <translation>いつもは%1日ごと、前回から%2日</translation>
    </message>
    <message>
        <source>Overdue regulars (%1)</source>
        <translation>しばらく来ていない常連さん（%1）</translation>
    </message>
    <message>
        <source>Nobody is overdue against their rhythm.</source>
        <translation>いつもの間隔を過ぎている人はいません。</translation>
    </message>
    <message>
        <source>The overdue list is judged for today only.</source>
        <translation>しばらく来ていない人の一覧は今日の分だけです。</translation>
    </message>
    <message>
        <source>someone whose record was deleted</source>
        <translation>記録が削除された方</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>%1 の紹介</translation>
    </message>
    <message>
        <source>Came: %1</source>
        <translation>来た人: %1</translation>
    </message>
    <message>
        <source>Signed up: %1</source>
        <translation>申し込み: %1</translation>
    </message>
    <message>
        <source>Introductions made</source>
        <translation>この日の紹介</translation>
    </message>
    <message>
        <source>What came of earlier introductions</source>
        <translation>以前の紹介のその後</translation>
    </message>
    <message>
        <source>Could have introduced: both came</source>
        <translation>紹介できたかも: 二人とも来店</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>非公開メモ</translation>
    </message>
    <message>
        <source>Notes written</source>
        <translation>書いたメモ</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>果たした約束</translation>
    </message>
    <message>
        <source>Promises still open</source>
        <translation>まだの約束</translation>
    </message>
    <message>
        <source>next visit:</source>
        <translation>次回来店時:</translation>
    </message>
    <message>
        <source>Nothing else was recorded on this day.</source>
        <translation>この日はほかに記録はありません。</translation>
    </message>
    <message>
        <source>%1 visits by %2 people, %3 new faces</source>
        <translation>来店 %1件（%2人）、はじめての方 %3人</translation>
    </message>
    <message>
        <source> (still running)</source>
        <translation>（集計中）</translation>
    </message>
    <message>
        <source>Visits per day</source>
        <translation>日ごとの来店</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Regulars who came (%1)</source>
        <translation>来た常連さん（%1）</translation>
    </message>
    <message>
        <source>Regulars seen the week before but not this week (%1)</source>
        <translation>先週は来て今週は来ていない常連さん（%1）</translation>
    </message>
    <message>
        <source>Regulars seen the month before but not this month (%1)</source>
        <translation>先月は来て今月は来ていない常連さん（%1）</translation>
    </message>
    <message>
        <source>New faces (%1)</source>
        <translation>はじめての方（%1）</translation>
    </message>
    <message>
        <source>Introductions (%1)</source>
        <translation>紹介（%1）</translation>
    </message>
    <message>
        <source>What came of earlier introductions (%1)</source>
        <translation>以前の紹介のその後（%1）</translation>
    </message>
    <message>
        <source>(coming) </source>
        <translation>（予定）</translation>
    </message>
    <message>
        <source>Regulars: people with a rhythm of at most a week who came; not seen: they came the week before, not this week.</source>
        <translation>常連さん: 1週間以内の間隔で来る人のうち来た人。来ていない: 先週は来て今週は来ていない人。</translation>
    </message>
    <message>
        <source>Regulars: people with a rhythm of at most 28 days who came; not seen: they came the month before, not this month.</source>
        <translation>常連さん: 28日以内の間隔で来る人のうち来た人。来ていない: 先月は来て今月は来ていない人。</translation>
    </message>
    <message>
        <source>Get in touch with %1 (%2)</source>
        <translation>%1 さんに連絡（%2）</translation>
    </message>
    <message>
        <source>Reminder set: %1</source>
        <translation>リマインダーを設定しました: %1</translation>
    </message>
    <message>
        <source>Day note saved.</source>
        <translation>今日のひとことを保存しました。</translation>
    </message>
    <message>
        <source>Export the day as PDF</source>
        <translation>この日を PDF に書き出す</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF を書いています…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF を保存しました: %1</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>この日を印刷</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Likely duplicates</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>Rows with the same name and reading, phone or email as someone already in the shop or earlier in the file.</source>
        <translation>すでにお店にいる人、またはファイルの前の行と、名前とよみがな・電話・メールが同じ行です。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>似ている人</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>For &amp;all duplicates:</source>
        <translation>すべての重複に(&amp;A):</translation>
    </message>
    <message>
        <source>The first contacts as they will be stored:</source>
        <translation>保存される形での最初の連絡先:</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Merge into the existing card</source>
        <translation>既存のカードにまとめる</translation>
    </message>
    <message>
        <source>Add as a new customer</source>
        <translation>新しいお客さまとして追加</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>%1 rows to import, %2 likely duplicates, %3 rows that cannot be imported (listed in the report).</source>
        <translation>取り込む行 %1、重複の可能性 %2、取り込めない行 %3（レポートに記載）。</translation>
    </message>
    <message>
        <source>%1 (in the shop, id %2)</source>
        <translation>%1（お店に登録済み、id %2）</translation>
    </message>
    <message>
        <source>%1 (line %2 of the file)</source>
        <translation>%1（ファイルの %2 行目）</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>イベントを編集</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>(the shop alone)</source>
        <translation>（お店のみ）</translation>
    </message>
    <message>
        <source>Announced in the newsletter</source>
        <translation>ニュースレターで告知済み</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Co-hosted by</source>
        <translation>共催</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>お客さまを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>お客さまを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Turn privacy mode off first: the import shows the file&apos;s contact details.</source>
        <translation>連絡先が画面に出るため、先にプライバシーモードを切ってください。</translation>
    </message>
    <message>
        <source>The import was closed for privacy mode. Nothing was written.</source>
        <translation>プライバシーモードのため取り込みを閉じました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 merged, %3 skipped</source>
        <translation>取り込み完了: 追加 %1、まとめ %2、スキップ %3</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation>%1人のお客さまを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Written as 〓 (not in CP932): %1</source>
        <translation>〓 として書き出しました（CP932 にない文字）: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>お客さまを書き出す</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (opens in Excel)</source>
        <translation>CSV、UTF-8（Excel で開けます）</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (CP932) for older software</source>
        <translation>CSV、Shift_JIS（CP932）古いソフト向け</translation>
    </message>
    <message>
        <source>vCard 3.0 for phones, with readings</source>
        <translation>vCard 3.0 スマートフォン向け、よみがな付き</translation>
    </message>
    <message>
        <source>Zip: customers, visits, notes and introductions (UTF-8)</source>
        <translation>Zip: お客さま・来店・メモ・紹介（UTF-8）</translation>
    </message>
    <message>
        <source>Zip: customers, visits, notes and introductions (CP932)</source>
        <translation>Zip: お客さま・来店・メモ・紹介（CP932）</translation>
    </message>
    <message>
        <source>Folder: customers, visits, notes and introductions (UTF-8)</source>
        <translation>フォルダー: お客さま・来店・メモ・紹介（UTF-8）</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>全員(&amp;E)</translation>
    </message>
    <message>
        <source>The %1 customers the search shows</source>
        <translation>検索結果の %1人</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出す(&amp;X)</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>A CSV from Square or another point-of-sale system, an Excel sheet saved as CSV, or contacts from a phone (.vcf).</source>
        <translation>Square などの POS レジの CSV、CSV で保存した Excel の表、またはスマートフォンの連絡先（.vcf）。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>The first lines as read (change the encoding if they look garbled):</source>
        <translation>読み込んだ最初の数行（文字化けしていたら文字コードを変えてください）:</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>お客さまを取り込む</translation>
    </message>
    <message>
        <source>Customer files (*.csv *.tsv *.txt *.vcf);;All files (*)</source>
        <translation>顧客ファイル (*.csv *.tsv *.txt *.vcf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(guessed: %1)</source>
        <translation>（推定: %1）</translation>
    </message>
    <message>
        <source>CSV: %1 columns, %2 rows</source>
        <translation>CSV: %1列、%2行</translation>
    </message>
    <message>
        <source>vCard (phone contacts)</source>
        <translation>vCard（スマートフォンの連絡先）</translation>
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
    <name>ImportWizard</name>
    <message>
        <source>Import customers</source>
        <extracomment>Rows shown on the column page as they will be stored.</extracomment>
        <translation>お客さまを取り込む</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>取り消しています… 何も書き込まれません。</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Introduce</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Search: kana, kanji or romaji</source>
        <translation>検索: かな・漢字・ローマ字</translation>
    </message>
    <message>
        <source>A regular introduced them (not the owner)</source>
        <translation>常連さんが紹介した（店主ではない）</translation>
    </message>
    <message>
        <source>Who introduced them?</source>
        <translation>紹介したのは誰？</translation>
    </message>
    <message>
        <source>Why: “both into film cameras”</source>
        <translation>きっかけ: 「二人ともフィルムカメラ好き」</translation>
    </message>
    <message>
        <source>Planned: next time one of them comes in</source>
        <translation>予定: どちらかが次に来たとき</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>一人目</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>二人目</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>紹介した人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>きっかけ</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>予定にする</translation>
    </message>
    <message>
        <source>Record introduction</source>
        <translation>紹介を記録</translation>
    </message>
    <message>
        <source>Choose both people first.</source>
        <translation>先に二人とも選んでください。</translation>
    </message>
    <message>
        <source>Choose the regular who introduced them.</source>
        <translation>紹介した常連さんを選んでください。</translation>
    </message>
</context>
<context>
    <name>JoinCircleDialog</name>
    <message>
        <source>Add to a circle</source>
        <translation>サークルに加える</translation>
    </message>
    <message>
        <source>e.g. treasurer, teacher (optional)</source>
        <translation>例: 会計、講師（任意）</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>サークル</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>No circle to join: create one on the Circles and events page.</source>
        <translation>加われるサークルがありません。「サークルとイベント」のページで作ってください。</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Kauntaa is already open. Its window has been brought to the front.</source>
        <extracomment>A scripted run: gets the application and the main window, returns the exit status.</extracomment>
        <translation>Kauntaa はすでに開いています。そのウィンドウを前面に出しました。</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <source>&amp;Introduce…</source>
        <extracomment>Suggestions are worked out once the selection has rested this long, so a fast typist&apos;s card is never held up by them; they appear just after it.
----------
The last dialog opened (tests and scripted runs reach it here).</extracomment>
        <translation>紹介する(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;newsletter list…</source>
        <translation>ニュースレター名簿を書き出す(&amp;N)…</translation>
    </message>
    <message>
        <source>Introduced: %1</source>
        <translation>紹介しました: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>取りやめました: %1</translation>
    </message>
    <message>
        <source>introduction done</source>
        <translation>紹介済みにする</translation>
    </message>
    <message>
        <source>introduction dropped</source>
        <translation>紹介の取りやめ</translation>
    </message>
    <message>
        <source>introduction</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>予定しました: %1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>記録しました: %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>その後</translation>
    </message>
    <message>
        <source>Outcome recorded.</source>
        <translation>その後を記録しました。</translation>
    </message>
    <message>
        <source>Export newsletter list</source>
        <translation>ニュースレター名簿を書き出す</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Newsletter list: %1 people written to %2</source>
        <translation>ニュースレター名簿: %1人を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Nobody has agreed to the newsletter yet. The file holds only the column names. Tick “newsletter” on a customer&apos;s card to add them.</source>
        <translation>ニュースレターに同意した人はまだいません。ファイルには列名だけが入っています。お客さまのカードで「ニュースレター」にチェックを入れると加わります。</translation>
    </message>
    <message>
        <source>Writing the newsletter list…</source>
        <translation>ニュースレター名簿を書いています…</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Kauntaa is locked</source>
        <extracomment>Input that counts as someone being at the counter.</extracomment>
        <translation>Kauntaa はロック中です</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号（PIN）</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
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
        <extracomment>When the window was first on screen (perf_counter), for start-up figures. The same moment on the wall clock (time.time_ns), comparable across processes. A scripted run (--self-test, --screenshot) writes nothing, not even the exit backup.</extracomment>
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
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>カウンター(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;day</source>
        <translation>一日のまとめ(&amp;D)</translation>
    </message>
    <message>
        <source>Connection &amp;map</source>
        <translation>つながりマップ(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ircles and events</source>
        <translation>サークルとイベント(&amp;I)</translation>
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
    <name>OutcomeDialog</name>
    <message>
        <source>What came of it</source>
        <translation>その後どうなったか</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>何があったか、ひとことで</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォローする日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳しく</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>OutputChoice</name>
    <message>
        <source>%1 is the shop&apos;s database.</source>
        <translation>%1 はお店のデータベースです。</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s -wal file.</source>
        <translation>%1 はデータベースの -wal ファイルです。</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s -shm file.</source>
        <translation>%1 はデータベースの -shm ファイルです。</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s -journal file.</source>
        <translation>%1 はデータベースの -journal ファイルです。</translation>
    </message>
    <message>
        <source>%1 is in the backup folder.</source>
        <translation>%1 はバックアップのフォルダの中です。</translation>
    </message>
    <message>
        <source>%1 is a backup&apos;s manifest.</source>
        <translation>%1 はバックアップの目録（manifest）です。</translation>
    </message>
    <message>
        <source>%1 is a database file.</source>
        <translation>%1 はデータベースのファイルです。</translation>
    </message>
    <message>
        <source>Kauntaa never writes over the shop&apos;s own files; choose another place.</source>
        <translation>お店のデータには書き込みません。別の保存先を選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file.</source>
        <translation>%1 はフォルダです。ファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はもうあります。置き換えますか？</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2. Replace them?</source>
        <translation>フォルダ %1 にはもう %2 があります。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>OverdueRow</name>
    <message>
        <source>Reminder set ✓</source>
        <translation>リマインダー設定済み ✓</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>リマインド</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>At least %1 characters. A few words in a row are easy to remember. Without it the copy cannot be opened: nobody can recover it.</source>
        <translation>%1文字以上。いくつかの単語を並べると覚えやすくなります。これがないとコピーは開けず、誰にも復元できません。</translation>
    </message>
    <message>
        <source>The passphrase the copy was made with.</source>
        <translation>コピーを作ったときのパスフレーズ。</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>%1 more character(s) needed.</source>
        <translation>あと%1文字必要です。</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>二つがまだ一致していません。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Nobody chosen yet: type two or three letters of a name.</source>
        <extracomment>Results shown under a picker&apos;s search box. A follow-up is proposed this many days after the outcome.</extracomment>
        <translation>まだ選ばれていません。名前を2〜3文字入力してください。</translation>
    </message>
</context>
<context>
    <name>PersonPickerDialog</name>
    <message>
        <source>e.g. treasurer, teacher (optional)</source>
        <translation>例: 会計、講師（任意）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <source>Name, reading or romaji</source>
        <translation>名前・よみがな・ローマ字</translation>
    </message>
</context>
<context>
    <name>PrivacyControls</name>
    <message>
        <source>Privacy mode: on</source>
        <extracomment>Seconds since the epoch, for the wrong-try limiter (tests move it by hand).</extracomment>
        <translation>プライバシーモード: オン</translation>
    </message>
    <message>
        <source>Privacy mode: off</source>
        <translation>プライバシーモード: オフ</translation>
    </message>
    <message>
        <source>Set a PIN in Settings to lock the screen.</source>
        <translation>画面をロックするには設定で PIN を決めてください。</translation>
    </message>
    <message>
        <source>Hide private notes, contact details and photos (%1)</source>
        <translation>非公開メモ・連絡先・写真を隠す (%1)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Lock the screen with the PIN (%1)</source>
        <translation>PIN で画面をロック (%1)</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>E&amp;xport this customer&apos;s record…</source>
        <translation>この方の記録を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Delete %1 completely, with every note, visit, circle membership and event attendance? Introductions they were part of stay on the other person&apos;s card without their name. Ctrl+Z can undo it until Kauntaa is closed.</source>
        <translation>%1 さんを完全に削除しますか？ メモ・来店・サークル・イベント参加もすべて削除されます。関わった紹介は、相手のカードに名前なしで残ります。Kauntaa を閉じるまでは Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Turn privacy mode off first: the record shows everything.</source>
        <translation>先にプライバシーモードをオフにしてください。記録にはすべてが含まれます。</translation>
    </message>
    <message>
        <source>Export this customer&apos;s record</source>
        <translation>この方の記録を書き出す</translation>
    </message>
    <message>
        <source>Readable data (*.json);;Printable page (*.pdf);;Web page (*.html)</source>
        <translation>読めるデータ (*.json);;印刷用ページ (*.pdf);;ウェブページ (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書けませんでした: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>フォルダーを変更…</translation>
    </message>
    <message>
        <source>A USB stick or a synced folder (Dropbox, OneDrive…) is a good place for backups. Keep the data file itself on this computer.</source>
        <translation>バックアップの置き場所には USB メモリや同期フォルダー（Dropbox、OneDrive など）が向いています。データファイル自体はこのパソコンに置いてください。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>お客さま</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>No backups yet. One is taken when Kauntaa closes after changes.</source>
        <translation>まだバックアップはありません。変更のあと Kauntaa を閉じるときに作られます。</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>選んだものから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore an &amp;encrypted copy…</source>
        <translation>暗号化コピーから復元(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save an encrypted copy…</source>
        <translation>暗号化コピーを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>A passphrase-protected copy to keep at home or on a USB stick.</source>
        <translation>自宅や USB メモリに保管するための、パスフレーズで守られたコピー。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Ignored in this folder, as they do not name a Kauntaa backup: %1. Nothing was opened or deleted.</source>
        <translation>このフォルダの次のファイルは Kauntaa のバックアップを指していないため無視しました: %1。何も開かず、何も消していません。</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>%1 のバックアップ</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>30分ごと</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>終了時</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <source>for an encrypted copy</source>
        <translation>暗号化コピー用</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 customers)? The data as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>%1 のバックアップ（お客さま %2人）を復元しますか？ 今のデータは先にバックアップされるので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>Open an encrypted copy</source>
        <translation>暗号化コピーを開く</translation>
    </message>
    <message>
        <source>Encrypted Kauntaa copy (*%1);;All files (*)</source>
        <translation>暗号化された Kauntaa のコピー (*%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore the encrypted copy %1? The data as it is now is backed up first.</source>
        <translation>暗号化コピー %1 を復元しますか？ 今のデータは先にバックアップされます。</translation>
    </message>
    <message>
        <source>Save an encrypted copy</source>
        <translation>暗号化コピーを保存</translation>
    </message>
    <message>
        <source>Encrypted Kauntaa copy (*%1)</source>
        <translation>暗号化された Kauntaa のコピー (*%1)</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>バックアップのフォルダー</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>A verified backup is taken first; then everything is written at once, or nothing.</source>
        <translation>まず確認済みのバックアップを作り、そのあと全部を一度に書き込みます（途中で失敗したら何も書き込みません）。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取り込みを取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Taking a verified backup, then importing…</source>
        <translation>確認済みのバックアップを作ってから取り込んでいます…</translation>
    </message>
    <message>
        <source>Writing %1 of %2…</source>
        <translation>%2件中 %1件を書き込み中…</translation>
    </message>
    <message>
        <source>Done: %1 added, %2 merged, %3 skipped.</source>
        <translation>完了: 追加 %1、まとめ %2、スキップ %3。</translation>
    </message>
    <message>
        <source>Something went wrong: %1. Nothing was written.</source>
        <translation>うまくいきませんでした: %1。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップはまだありません</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>最後のバックアップ %1</translation>
    </message>
    <message>
        <source>Restored: %1 customers, %2 visits, %3 notes.</source>
        <translation>復元しました: お客さま %1人、来店 %2件、メモ %3件。</translation>
    </message>
    <message>
        <source>The data from before the restore is kept as a backup.</source>
        <translation>復元前のデータはバックアップとして残っています。</translation>
    </message>
    <message>
        <source>The file that could not be read was kept as %1.</source>
        <translation>読めなかったファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>Making the encrypted copy…</source>
        <translation>暗号化コピーを作っています…</translation>
    </message>
    <message>
        <source>Encrypted copy saved: %1</source>
        <translation>暗号化コピーを保存しました: %1</translation>
    </message>
    <message>
        <source>SQLite reports damage in the data file (%1). Kauntaa can set the damaged file aside (nothing is deleted) and put a backup in its place.</source>
        <translation>データファイルが壊れています（%1）。Kauntaa は壊れたファイルを脇に移し（何も削除しません）、代わりにバックアップを置けます。</translation>
    </message>
    <message>
        <source>There is no backup yet. Take one now (File ▸ Back up now).</source>
        <translation>まだバックアップがありません。今すぐ作ってください（ファイル ▸ 今すぐバックアップ）。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 now?</source>
        <translation>%1 のバックアップを今すぐ復元しますか？</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <extracomment>How often the status bar&apos;s &quot;last backup&quot; is read again (a backup from the command line counts).</extracomment>
        <translation>%1 を復元</translation>
    </message>
    <message>
        <source>Start a new, empty shop</source>
        <translation>新しい空のお店を始める</translation>
    </message>
    <message>
        <source>Start with an empty shop? The backups and any set-aside files stay where they are; you can restore one later from File ▸ Restore from backup…</source>
        <translation>空のお店で始めますか？ バックアップと別名で残したファイルはそのまま残ります。あとで「ファイル ▸ バックアップから戻す…」から戻せます。</translation>
    </message>
    <message>
        <source>Restore the backup of %1 (%2 customers) now? Nothing is deleted: the file that could not be opened stays in the data folder.</source>
        <translation>%1 のバックアップ（お客さま %2人）を今すぐ復元しますか？ 何も削除されません。開けなかったファイルはデータフォルダーに残ります。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
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
    <message>
        <source>Screen lock</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>PIN が設定されています。</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>PIN は設定されていません。</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>今の PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN を外す</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>操作がないときにロック</translation>
    </message>
    <message>
        <source>Lock when Kauntaa starts</source>
        <translation>起動時にロック</translation>
    </message>
    <message>
        <source>4–12 digits</source>
        <translation>4〜12桁</translation>
    </message>
    <message>
        <source>again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>The PIN is a screen lock, not encryption. It hides the screen from passing eyes; the data file itself is not encrypted, and anyone who can copy it can read it. Keep the computer itself locked too.</source>
        <translation>PIN は画面ロックで、暗号化ではありません。通りがかりの人の目から画面を隠すものです。データファイル自体は暗号化されておらず、コピーできる人なら誰でも読めます。パソコン自体もロックしてください。</translation>
    </message>
    <message>
        <source>Purpose of use (shown to customers on request)</source>
        <translation>利用目的（お客さまから求められたら示します）</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>既定の文にする</translation>
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
<context>
    <name>owner</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Call them</source>
        <translation>呼び方</translation>
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
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来店</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
</TS>
