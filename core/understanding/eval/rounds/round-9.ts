/**
 * Round 9: a held-out TEST split (339 messages: 213 tips, 75 questions, 51 feedback; 127 emergencies,
 * 45 of them short (10 words or fewer); 120 (35.4%) typed without diacritics, 51 of them emergencies;
 * 64 with an expectedFaqSlug, all 44 FAQ slugs used: 61 questions (55 procedure questions whose
 * category is their FAQ entry's, plus 6 questions about where or how to report or complain, labelled
 * question.other although their entry's category is a tip or feedback one: to-giac-toi-pham-o-dau,
 * to-giac-qua-vneid, bao-tin-ma-tuy, khieu-nai-quyet-dinh-hanh-chinh, to-cao-phan-anh-can-bo,
 * phan-anh-cham-giai-quyet-thu-tuc), 2 fraud victims asking what to do now (tip.fraud_online,
 * lua-dao-chuyen-tien-qua-mang) and 1 overdue file (feedback.service, phan-anh-cham-giai-quyet-thu-tuc);
 * 18 with a wardHint, 16 wards (P-VIETTRI and X-LAMTHAO twice, every other demo ward once)).
 *
 * Per category (emergencies in brackets): tip.drugs 17 (5), tip.theft_robbery 27 (15),
 * tip.fraud_online 18, tip.gambling 10, tip.public_order 42 (31), tip.traffic 27 (17),
 * tip.fire_hazard 31 (24), tip.other 41 (35), question.identity 13, question.residence 12,
 * question.passport 8, question.vehicle 9, question.permits 8, question.fire_safety 8,
 * question.other 17, feedback.officer_conduct 10, feedback.service 11, feedback.complaint 9,
 * feedback.praise 12, feedback.suggestion 9.
 *
 * Written by hand from scratch, blind, before any round-9 tuning: the author read only
 * categories.ts, the header and LabelledMessage interface of labelled-messages.ts, the header
 * comments of rounds 7 and 8 (for the format), and prisma/seed/data/faq.ts and units.ts (for slugs
 * and wards); not the classifier, its lexicons, emergency rules, tests, the eval README or any
 * earlier round's messages. Nothing was run on it except the checks below. Not imported by anything
 * until the round is run once.
 *
 * Hard cases on purpose: emergencies told without the obvious keywords (not breathing, a child in a
 * canal or well, a man with a knife at the door, smoke from a locked room, a truck dragging a rider,
 * people trapped, an old woman wandered off at night, a girl pulled into a car, a gas smell, a child
 * locked in a hot car, a threatened suicide), short panicked and folded ones; and calm look-alikes
 * (fires already put out, last week's fight, nightly noise or racing, a scam call faking a child's
 * accident while the child was safe, a threat from weeks ago with nothing since, questions about
 * what to do in a fire or drowning, safety suggestions, praise for officers who helped in an
 * emergency, a lost grandmother already home, a body already recovered).
 *
 * Labelling decisions where the conventions leave room: kidnappings and abductions happening now are
 * tip.other (like missing persons); a snatch thief fleeing right now is an emergency; a stalled,
 * unlit truck blocking a bend at night is a traffic emergency; an addict high on a roof with a knife
 * and an overdose are tip.drugs emergencies; a neighbour threatening arson holding petrol now is
 * tip.public_order; gambling-debt threats are tip.gambling; pupils extorted weekly are
 * tip.theft_robbery (not an emergency); a harvester or scaffolding accident is tip.other.
 *
 * Checked by a throwaway script (not committed): kinds match category prefixes, only tips are
 * emergencies, every slug exists in faq.ts with the same category (or question.other for the
 * report/complain rule), ward codes exist in units.ts and each hinted message names exactly that
 * ward, no other message contains a ward name or alias (folded, without diacritics, whole words,
 * prefixes stripped), no duplicate texts.
 */
import type { LabelledMessage } from "../labelled-messages.ts";

export const ROUND_9: readonly LabelledMessage[] = [
  // ─── Emergencies: fire, smoke, gas, explosion, live wires ──────────────────────────────
  { text: "nha ben canh boc khoi den nghit ma cua khoa ngoai, ko thay ai ra, nghe nhu co tieng tre con ben trong", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Có mùi gas nồng nặc cả hành lang tầng 5, nhà 502 gõ cửa mãi không ai thưa", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "khoi tuon ra phong tro so 4, cua khoa trong", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "day dien truoc cong truong dut roi xuong duong dang toe lua xet xet, 15p nua hoc sinh tan hoc", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Cháy nhà 🔥🔥 kiệt 3, có người kẹt trên gác", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Khói mù mịt trong quán karaoke trên phường Liên Bảo, khách đang chen nhau chạy ra cửa", kind: "tip", category: "tip.fire_hazard", isEmergency: true, wardHint: "P-VINHYEN", split: "test" },
  { text: "Bình gas nhà hàng xóm xì ra nghe xì xì, bà cụ ở trong vẫn đang nhóm bếp than ngay cạnh", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "chay rung tren doi thong sau lang, gio to lua dang lan xuong gan nha dan", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Ổ cắm trong phòng con tôi đang bốc khói khét lẹt, cầu dao nhảy rồi mà vẫn nghe lách tách", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "XE MÁY BỐC CHÁY GIỮA HẦM GỬI XE CHUNG CƯ, KHÓI ĐEN KÍN HẦM, NGƯỜI TẦNG TRÊN CHƯA BIẾT GÌ", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "khoi bay ra cua so tang 2 tiem vang ma, chu nha di vang ca nha", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Trạm biến áp đầu xóm nổ đùng một cái, giờ lửa đang cháy âm ỉ dưới chân trụ", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "lửa bén vào đống rơm sát chuồng bò rồi, nhà lá bên cạnh, mọi người ra giúp với", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Cứu với nhà tôi cháy", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "chay nha roi cuu voi", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "co mui khi gas khap cau thang, ai do quen khoa binh, so chay no lam", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Ô tô đỗ ven đường đang bốc khói đầu xe, trong xe có đứa nhỏ ngủ, không thấy bố mẹ đâu", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Nổ lớn ở kho chứa pháo lậu sau nhà văn hóa thôn, đang cháy tiếp, kính nhà xung quanh vỡ hết", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "ngửi thấy mùi khét, trần nhà kho nóng ran, có tiếng lách tách trên mái", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Bếp nhà 12 đang cháy, lửa lên tới mái tôn", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "xuong go o tt Chi Ne chay lon, lua trum ca day nha ben canh", kind: "tip", category: "tip.fire_hazard", isEmergency: true, wardHint: "X-LACTHUY", split: "test" },
  { text: "MUI GAS NONG LAM, SO NO", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "Khói đen ngùn ngụt từ nhà kho sau chợ", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },
  { text: "CHÁY XƯỞNG GỖ, LỬA TO LẮM", kind: "tip", category: "tip.fire_hazard", isEmergency: true, split: "test" },

  // ─── Fire hazards, calm: past, put out, habitual, violations ───────────────────────────
  { text: "Tuần trước quán lẩu đầu ngõ cháy bếp, may dập kịp, nhưng giờ họ lại xếp cả chục bình gas sát cửa ra vào", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },
  { text: "hom qua chay nha kho o thon duoi, dan da dap tat roi, bao de cac anh biet la ko ai bi sao", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },
  { text: "Dãy trọ 20 phòng ở phường Vân Cơ không có bình chữa cháy nào, cửa thoát duy nhất chủ khóa từ 10h đêm", kind: "tip", category: "tip.fire_hazard", isEmergency: false, wardHint: "P-NONGTRANG", split: "test" },
  { text: "cay xang mini ban xang vao chai nhua ngay trong nha o, tre con ra vao suot", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },
  { text: "Nhà hàng xóm rằm nào cũng đốt vàng mã ngay gốc cây sát đường dây điện, tàn lửa bay tứ tung", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },
  { text: "Kho chứa sơn với dầu nhớt nằm giữa khu dân cư, công nhân còn ngồi hút thuốc trong kho, chẳng có bình chữa cháy", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },
  { text: "chieu qua chay co o bai rac, dan dap xong han roi, chi bao de ghi nhan vi thang nao bai do cung bi dot", kind: "tip", category: "tip.fire_hazard", isEmergency: false, split: "test" },

  // ─── Emergencies: fights, weapons, domestic violence, threats now ─────────────────────
  { text: "Có thằng cầm dao đứng trước cửa nhà tôi chửi bới đòi giết, cả nhà đang khóa cửa trốn trong phòng", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "danh nhau to o quan nhau dau cau, co dao kiem, mau me be bet", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Chồng nhà bên đang đánh vợ, tiếng hét thất thanh, đứa nhỏ khóc ré lên", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "ck e say ruou dang dap pha do dac doi dot nha, e voi con dang tron ngoai vuon", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Nó đang đuổi chém người ngoài chợ!!!", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "co nguoi bi dam guc truoc tiem net, thang kia tay van cam dao dung do", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Bọn đòi nợ thuê đang phá cửa nhà tôi, đập kính ầm ầm, tôi với mẹ ở trong", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "cuu e voi, thang ban trai cu dang dap cua phong tro doi vao, no noi se giet e", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Một người đàn ông lạ cầm rựa đi lang thang trong xóm, vừa chửi vừa chém vào cổng nhà người ta", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "ĐÁNH NHAU Ở ĐÁM CƯỚI, CÓ NGƯỜI VÁC GHẾ ĐẬP ĐẦU CHẢY MÁU", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Có kẻ bắn súng hoa cải ngoài đồng, trúng vai ông bảo vệ trại gà, nó còn đứng đó nạp đạn", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Bố tôi đang bị nhóm người lạ vây đánh ngoài ruộng vì tranh chấp đất, ra cứu với", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Hàng xóm dọa đốt nhà tui, đang xách can xăng đứng ngoài cổng la hét", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "chu oi bon no dang danh anh con o bai giu xe, 5-6 dua lan", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Đánh nhau có dao, cổng chợ Mới", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "hon chien to lam, co nguoi ngat roi", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Ngoài ngõ có người cầm súng", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "ck say dang bop co e", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "thang dien cam dao chem lung tung", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Ông hàng xóm đang vác dao sang nhà tôi", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Mấy thanh niên lạ mặt đang ném đá vỡ kính nhà văn hóa, hò hét, người dân không dám ra", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "con minh bi dam ban chan duong danh hoi dong sau truong, tui no con quay clip, gio van dang o do", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Quán bi-a có đám đâm chém, một người ôm bụng chảy máu chạy ra đường", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "nguoi dan ong say xin tay cam chai vo dang doa dam may dua nho o san choi", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "ông nhà tôi đang cầm búa dọa giết cả nhà", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "Mấy chục xe máy kéo tới, cầm kiếm tự chế, đang đi tìm đánh nhóm thôn bên kia", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "o phuong xuan hoa co 2 nhom dang dam nhau ngay cho, nguoi ta bo chay het", kind: "tip", category: "tip.public_order", isEmergency: true, wardHint: "P-XUANHOA", split: "test" },
  { text: "THẰNG CHA SAY RƯỢU ĐANG KỀ DAO VÀO CỔ VỢ", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "tui bi tui no bao vay trong quan, co dua cam kiem, tui dang tron trong toilet", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "bọn hắn đang đập phá quán nhà tui, răng chừ đây", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },
  { text: "alo alo cong an oi nha e o cuoi xom co thang cha hang xom say ruou tu chieu gio dang cam cai xa beng dap cua nha e me e dang om em be trong buong e so lam ko biet lam sao", kind: "tip", category: "tip.public_order", isEmergency: true, split: "test" },

  // ─── Public order, calm: past fights, habitual noise, old threats ──────────────────────
  { text: "Tối qua có vụ đánh nhau ở quán karaoke đầu làng, hai bên giải tán rồi, tôi quay được clip, gửi kèm đây", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "karaoke tu 9h toi den 2h sang dem nao cung hat, nguoi gia tre nho ko ngu dc", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Cách đây hơn tuần có người nhắn tin dọa đánh tôi vì chuyện nợ, đến nay không thấy gì, tôi chỉ muốn báo để lưu lại", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "thang hang xom nam ngoai danh vo nhap vien, gio thinh thoang lai chui boi, chi em trong xom lo cho chi ay lam", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Chiều chủ nhật nào đám thanh niên xóm trên cũng kéo xuống sân đình chửi bới gây sự, chưa đánh ai nhưng dân sợ", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Một đối tượng trong thôn tàng trữ kiếm với súng tự chế trong nhà, hay quay video khoe lên mạng", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Hôm kia ẩu đả ở đám giỗ, chú tôi bị rách đầu khâu 5 mũi, giờ ổn rồi, nhà tôi muốn trình báo để xử lý người đánh", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "loa keo tay o bai dat trong hat xuyen dem, chu nhat nao cung vay", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Từ tháng trước đã có người dán giấy đe dọa gia đình tôi lên cổng, đến giờ chưa thấy động tĩnh gì thêm", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Bà cụ hàng xóm bị con trai đánh mấy lần rồi, hôm nay bà lại sang nhà tôi khóc, mặt bầm tím, bà không dám báo", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },
  { text: "Quán nhậu ngoài bờ hồ cuối tuần nào cũng có đánh nhau lúc 1-2h sáng, bảo vệ quán còn đánh cả khách", kind: "tip", category: "tip.public_order", isEmergency: false, split: "test" },

  // ─── Emergencies: theft, robbery, break-in happening now ───────────────────────────────
  { text: "Trộm đang ở trong nhà tôi, nghe tiếng lục tủ tầng dưới, tôi trốn trên gác, đừng gọi lại", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "co 2 thang dang cay khoa xe may truoc tiem tap hoa, bao ve chay dau mat", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Cướp! vừa giật túi chị bán hàng, hai đứa đi Exciter đen chạy về phía cầu", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Bọn nó đang bẻ khóa cửa kho công ty, 3 người, có xe tải chờ sẵn ngoài", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "CƯỚP TIỆM VÀNG, CÓ SÚNG, ĐANG Ở TRONG", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "nghe tieng dong tren mai ton, co nguoi dang leo vao nha, tui o nha 1 minh", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Thằng cầm dao khống chế bà tạp hóa đòi tiền", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "trom vao nha, dang o duoi bep", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Có cướp, cứu với, ngõ 7", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "dang bi cuop xe giua duong", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "may dua dang dat trom con trau nha ong Ba ra khoi chuong, troi toi thui", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Nhóm người lạ đang chặn xe tôi trên đèo, đòi đưa tiền mới cho đi, tay cầm gậy sắt", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "Trộm đang cắt dây điện trạm bơm", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "thang kia vua giat dien thoai cua em minh, dang chay bo vao con hem canh cho, ao xanh", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },
  { text: "thang nao dang mo cop xe cua toi o bai gui xe benh vien, toi dang nhin qua camera", kind: "tip", category: "tip.theft_robbery", isEmergency: true, split: "test" },

  // ─── Theft, calm: discovered afterwards, habitual, extortion at school ────────────────
  { text: "Sáng nay dậy thì mất con Wave để trong sân, cổng vẫn khóa, chắc trèo tường vào lúc đêm", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "xom toi o tt Doan Hung thang nay mat 4 con cho, dem nao cung nghe xe may ru ga luc 3h sang", kind: "tip", category: "tip.theft_robbery", isEmergency: false, wardHint: "X-DOANHUNG", split: "test" },
  { text: "Tuần trước bị giật dây chuyền lúc đi chợ sớm, kẻ đi xe số màu đỏ, đeo khẩu trang, giờ mới dám báo", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "co nhom chuyen trom ga vit ban dem o thon, dan bat duoc 1 lan roi lai tha", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "Cửa hàng điện thoại đầu phố bán toàn máy không rõ nguồn gốc, nghi là tiêu thụ đồ trộm", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "Công trình bên cạnh nhà tôi bị mất cắp sắt thép liên tục, đêm thấy xe ba gác chở đi", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "Đứa cháu tôi bị mấy đứa lớp trên bắt nộp tiền mỗi tuần, không nộp thì bị đánh", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "dien thoai cua e bi trom o quan net hom thu 7, co camera quay ro mat thang do", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "trong khu tro cu vai hom lai mat quan ao, dep, co lan mat ca binh gas", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "Bảo vệ nhà máy trong KCN Khai Quang nghi có người ca đêm lấy trộm dây đồng, xin công an xuống xem", kind: "tip", category: "tip.theft_robbery", isEmergency: false, wardHint: "P-VINHPHUC", split: "test" },
  { text: "Tháng trước nhà tôi bị kẻ gian cạy cửa lấy mấy chỉ vàng, đã lập biên bản, nay tìm thêm được dấu giày dưới gầm giường muốn cung cấp", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },
  { text: "Bị móc mất ví ở lễ hội chùa hôm mùng 4, trong ví có CCCD với 3 triệu", kind: "tip", category: "tip.theft_robbery", isEmergency: false, split: "test" },

  // ─── Drugs: emergencies (overdose, high and dangerous now) ─────────────────────────────
  { text: "Đứa em họ tôi vừa hút thứ gì đó, giờ co giật sùi bọt mép, mắt trợn ngược", kind: "tip", category: "tip.drugs", isEmergency: true, split: "test" },
  { text: "Phòng 305 nhà nghỉ đang bay lắc, có con bé chắc mới 15 16 tuổi nằm bất tỉnh ở trong", kind: "tip", category: "tip.drugs", isEmergency: true, split: "test" },
  { text: "thang con nha ben phe da dang len con ao giac, cam dao dung tren mai nha doi nhay", kind: "tip", category: "tip.drugs", isEmergency: true, split: "test" },
  { text: "Ngoài bãi tha ma mấy người đang tiêm chích, một người nằm gục không động đậy", kind: "tip", category: "tip.drugs", isEmergency: true, split: "test" },
  { text: "thang ban dang soc thuoc, tim tai het roi", kind: "tip", category: "tip.drugs", isEmergency: true, split: "test" },

  // ─── Drugs, calm ────────────────────────────────────────────────────────────────────────
  { text: "Quán trà đá cuối ngõ ở P. Tiên Cát tối nào cũng có người lạ ghé mua gói nhỏ, đưa tiền rồi đi ngay", kind: "tip", category: "tip.drugs", isEmergency: false, wardHint: "P-VIETTRI", split: "test" },
  { text: "nha so 9 thon 3 hay co xe o to bien ngoai tinh den luc nua dem, nghi buon ma tuy", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Con trai tôi 17 tuổi dạo này đi bar về mắt đỏ, gầy rộc, trong cặp có ống hút với giấy bạc", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Khu nhà hoang sau trường cấp 2 sáng nào cũng thấy kim tiêm vứt đầy", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "co dua ten T chuyen du hoc sinh lop 9 hut thuoc la dien tu pha nuoc vui", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Tiệm cắt tóc nam trên đường tránh thật ra là chỗ bán cỏ, ngày nào cũng đông khách mà chẳng thấy ai cắt tóc", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Phòng trọ bên cạnh đêm nào cũng mở nhạc bay lắc, mùi khét lẹt, sáng ngủ li bì", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "thấy người ta trồng mấy chục cây cần sa xen trong vườn ngô bãi bồi ở huyện Thanh Sơn", kind: "tip", category: "tip.drugs", isEmergency: false, wardHint: "X-THANHSON", split: "test" },
  { text: "Có thằng rao bán kẹo, tem giấy trong nhóm Zalo của học sinh cấp 3", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Anh rể tôi đi cai về được nửa năm lại nghiện lại, bán cả xe của chị tôi, gia đình muốn đưa đi cai bắt buộc", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "Quán bar trên phố đi bộ bán bóng cười với thuốc lắc, nhân viên mời khách công khai", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },
  { text: "xe khach chay tuyen len bien gioi hay cho hang giau trong thung xop, tai xe bao la rau", kind: "tip", category: "tip.drugs", isEmergency: false, split: "test" },

  // ─── Fraud and scams (none an emergency; victims asking what to do are tips) ──────────
  { text: "Mẹ tôi vừa bị gọi báo con trai bị tai nạn cần chuyển 50 triệu mổ gấp, may tôi gọi cho em trai thì nó đang ngồi học bình thường", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "co ng goi xung cong an phuong bao e lien quan vu rua tien, bat cai app, e cai roi gio tk mat 20tr, e phai lam sao", kind: "tip", category: "tip.fraud_online", isEmergency: false, expectedFaqSlug: "lua-dao-chuyen-tien-qua-mang", split: "test" },
  { text: "Tôi chuyển khoản đặt cọc mua cây cảnh trên Facebook 8 triệu, giờ nó chặn luôn, giúp tôi với, giờ làm gì", kind: "tip", category: "tip.fraud_online", isEmergency: false, expectedFaqSlug: "lua-dao-chuyen-tien-qua-mang", split: "test" },
  { text: "Nhóm 'việc nhẹ lương cao' trên Telegram bắt làm nhiệm vụ nạp tiền, em gái tôi nạp hơn 100 triệu rồi không rút được", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "sdt 0912xxx cu nhan tin mao danh ngan hang bao nang cap tai khoan, gui link la, bao de moi nguoi canh giac", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Có trang tự xưng 'hỗ trợ lấy lại tiền bị lừa' đòi phí 5 triệu, chắc lừa lần hai", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Bà ngoại bị người ta gọi báo trúng thưởng xe máy, phải nộp phí trước 3 triệu, bà đã gửi qua bưu điện rồi", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "tai khoan zalo cua chi toi bi hack, no nhan tin vay tien ca ho hang, 2 nguoi chuyen roi", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Shop online bán điện thoại giá rẻ, nhận tiền xong gửi cục gạch, nhiều người trong nhóm bị giống tôi", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Vừa có cuộc gọi video giả mặt giả giọng anh trai tôi đang ở Hàn xin tiền gấp, thấy lạ nên tôi cúp máy", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Tháng trước bị dụ đầu tư tiền ảo trên sàn nước ngoài 300 triệu, giờ sàn sập, nhóm chat giải tán", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "thang cha lam cong ty moi gioi XKLD thu moi nguoi 80tr roi bien mat, ca lang bi", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "nguoi la nhan messenger bao chuyen nham 2 trieu vao tk toi, doi toi chuyen lai sang tk khac, toi chua lam j", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Ai đó lập page giả danh công an tỉnh, đăng bài nhận làm hộ chiếu nhanh, thu tiền qua chuyển khoản", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "me e bi lua mua thuoc chua ung thu qua livestream, het 15 trieu ma thuoc chi la keo", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Số lạ gọi xưng bên điện lực, bảo nhà tôi nợ tiền điện sẽ cắt trong 2 giờ, bắt quét mã QR trả tiền", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "Em học sinh lớp 8 bị dụ đăng nhập web nhận skin game miễn phí, mất luôn tài khoản ngân hàng của bố 12 triệu", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },
  { text: "co dua gia shipper goi bao co don COD, toi chuyen 350k roi moi biet minh ko dat gi", kind: "tip", category: "tip.fraud_online", isEmergency: false, split: "test" },

  // ─── Gambling ───────────────────────────────────────────────────────────────────────────
  { text: "Tối nào sân sau nhà ông Tư cũng có chiếu xóc đĩa, xe máy đỗ kín cả ngõ", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "choi lo de online qua nhom zalo, co thang trong xom lam dai ly ghi de, thu tien hang ngay", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Trường gà ở bãi đất sau đê huyện Lâm Thao chủ nhật nào cũng cả trăm người đánh bạc, có người canh đường", kind: "tip", category: "tip.gambling", isEmergency: false, wardHint: "X-LAMTHAO", split: "test" },
  { text: "quan nuoc dau cho ban kem de, ghi vao so tay, hoc sinh cung mua", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Mùa World Cup ông anh tôi cá độ qua mạng nợ 200 triệu, giờ bọn nó gọi khủng bố cả nhà", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Tiệm game bắn cá ở ngã ba đổi thưởng ra tiền mặt, mở thâu đêm", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "dam ma o xom tren 3 dem lien co may chieu ta la an tien, moi van hang trieu", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Con trai tôi nghiện đánh bài trên app, lấy thẻ ngân hàng của tôi nạp tiền", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Nhà nghỉ ven quốc lộ cho thuê phòng tổ chức đánh bạc, đêm qua thấy 4 ô tô biển lạ", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },
  { text: "Co nhom choi bai an tien o lan tre ven song, chieu nao cung co nguoi canh bang xe may", kind: "tip", category: "tip.gambling", isEmergency: false, split: "test" },

  // ─── Emergencies: traffic ───────────────────────────────────────────────────────────────
  { text: "Xe tải kéo lê một người đi xe máy cả chục mét mà tài xế vẫn chạy tiếp về phía cầu vượt", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "tai nan o nga tu, 2 xe may dam nhau, 1 nguoi nam bat dong, mau chay nhieu", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "co ong say ruou lai container chay ngoang ngoeo tren quoc lo, suyt tong may xe roi", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Đoàn xe máy đang đua, bốc đầu ầm ầm trên đường ven hồ, cả trăm đứa, người đi bộ hoảng loạn", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "xe khach mat phanh dang lao xuong doc deo o Ky Son, tai xe bop coi lien tuc", kind: "tip", category: "tip.traffic", isEmergency: true, wardHint: "P-KYSON", split: "test" },
  { text: "Xe ben lật đè xe máy, người dưới còn kêu", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "tai nan xe, nguoi bi ket trong o to", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Đâm xe, 2 người bất tỉnh, đường tránh", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "xe lao xuong muong, nguoi con trong xe", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Ô tô tông vào quán nước ven đường rồi bỏ chạy, hai người đang nằm dưới gầm bàn", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Một thằng đi ngược chiều trên cao tốc tốc độ cao, sắp tới trạm thu phí", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "TAI NẠN LIÊN HOÀN TRÊN CẦU, 4 XE, CÓ NGƯỜI RƠI XUỐNG SÔNG", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Xe máy tông em bé, chảy máu đầu", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "dam xe gan cau o tp viet tri, thang dam bo chay, nguoi bi nan nam giua duong ma xe van chay qua", kind: "tip", category: "tip.traffic", isEmergency: true, wardHint: "P-VIETTRI", split: "test" },
  { text: "Xe tải đổ ụ đất giữa đường tối om không đèn, xe máy vừa lao vào, người nằm sõng soài", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "tong xe xong bo chay, nguoi nam giua duong", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },
  { text: "Xe đầu kéo chết máy nằm chắn giữa khúc cua quốc lộ, không bật đèn, xe sau phanh gấp liên tục", kind: "tip", category: "tip.traffic", isEmergency: true, split: "test" },

  // ─── Traffic, calm ──────────────────────────────────────────────────────────────────────
  { text: "Tối thứ bảy nào đám thanh niên cũng tụ tập đua xe ở đường mới mở, nẹt pô inh tai", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Hôm qua va chạm nhẹ ở cổng chợ, bên kia hứa đền rồi bỏ đi luôn, tôi có biển số xe", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Quán nhậu lấn chiếm hết vỉa hè và nửa lòng đường, tối xe cứu thương cũng khó qua", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "xe tai cho dat chay qua thon luc 2h sang, khong phu bat, dat roi tron truot ca duong", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Tuần trước con tôi bị xe tông trước cổng trường, tài xế bỏ chạy, cháu ra viện rồi, nhờ công an tìm xe", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Xe khách hay dừng đón trả khách ngay khúc cua gấp trên quốc lộ", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "bai xe o to tu phat chiem het ngo, xe cuu hoa khong vao dc", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Xe công nông chở quá tải đêm nào cũng chạy qua cây cầu yếu của thôn", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "Thằng con nhà bên 14 tuổi ngày nào cũng lấy ô tô của bố chạy vòng quanh xóm", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },
  { text: "chieu qua thay 1 xe may dam vao coc tieu roi tu dung day di tiep, chac say, ko ai bi gi", kind: "tip", category: "tip.traffic", isEmergency: false, split: "test" },

  // ─── Emergencies: people in danger (drowning, collapsed, missing, trapped, kidnapped) ─
  { text: "Thằng bé nhà bên rơi xuống kênh rồi, chỉ thấy cái dép nổi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "thay 1 ong nam guc ben via he, goi ko tra loi, moi tim tai", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Ông tôi ngã vật ra, không thở, mặt tái ngắt", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Bà nội 82 tuổi bị lẫn, đi đâu từ lúc chập tối, giờ 11h đêm chưa thấy về, cả nhà đi tìm khắp nơi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "con be 6 tuoi nha e di choi dau ngo mat hut nua tieng roi, ko ai thay", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Mấy người lạ vừa lôi một đứa con gái lên xe 7 chỗ, nó giãy giụa kêu cứu, xe chạy về hướng quốc lộ", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Đuối nước ở hồ sau trường, 2 đứa nhỏ chìm", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "nha sap, co nguoi ket ben duoi, dang keu", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Cháu tôi kẹt trong thang máy chung cư hơn 30 phút, bé thở dốc, bấm chuông không ai nghe", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Thợ hồ rơi giàn giáo, nằm im không cử động", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Trên cầu có cô gái trèo ra ngoài lan can định nhảy, khóc lóc, mấy người đang cố giữ", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "ba toi bi ran can, chan sung tim, o xa tram y te, cuu voi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Người đàn ông ngất xỉu giữa chợ, mặt tím tái", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Lũ quét cuốn trôi xe máy, người đi xe đang bám cành cây giữa dòng", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "con cho dai can 3 nguoi trong xom, no con dang chay rong ngoai duong", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "sat lo dat vui nha o chan doi, nghe tieng nguoi keu trong do", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Có người chết đuối bờ sông, cứu với", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "em be roi xuong gieng", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Bà cụ ngã cầu thang, bất tỉnh rồi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "ong hang xom xuong gieng sau roi ngat, ko thay cu dong", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Mẹ tôi đột quỵ, méo miệng, không nói được", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Con tôi mất tích từ trưa, 9 tuổi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "nguoi la bat coc con toi truoc cong truong", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Thằng bé đuối nước, không thở nữa", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Ông cụ hàng xóm sống một mình, 2 ngày không mở cửa, gọi không thưa, áp tai vào nghe tiếng rên khe khẽ", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "ca lop cua con toi non thoc non thao sau bua trua o cang tin, may dua la di", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Anh tôi kẹt chân máy gặt, máu ra nhiều lắm", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Bé trai 3 tuổi bị bỏ quên trong ô tô đóng kín giữa trưa nắng, đang khóc lả đi", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Đò lật giữa sông, mấy người đang chới với", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "Chị gái nhắn tin nói sẽ uống thuốc chuột, giờ gọi không nghe máy", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "dua chau 15 tuoi bi ai do du qua mang hen gap, gio dang ngoi xe voi ho ko biet di dau, vua nhan ve 'cuu con'", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "nguoi di phuot bi lac tren nui khu du lich Tam Dao tu chieu, troi toi roi, dien thoai sap het pin", kind: "tip", category: "tip.other", isEmergency: true, wardHint: "X-TAMDAO", split: "test" },
  { text: "Hai cha con đi đánh cá từ sáng, giờ nổi gió bão mà chưa vào bờ, gọi không liên lạc được", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },
  { text: "be trai 4 tuoi o xa Vinh Tuong lac me o cho phien tu 2 tieng truoc, ca nha dang di tim", kind: "tip", category: "tip.other", isEmergency: true, wardHint: "X-VINHTUONG", split: "test" },
  { text: "🆘🆘 có người rơi xuống sông", kind: "tip", category: "tip.other", isEmergency: true, split: "test" },

  // ─── Other, calm: body found, environment, animals, already found ──────────────────────
  { text: "Phát hiện xác một người đàn ông trôi dạt vào bờ sông sáng nay, mọi người đã vớt lên bờ, đang chờ công an", kind: "tip", category: "tip.other", isEmergency: false, split: "test" },
  { text: "Xưởng nhuộm xả nước thải đỏ lòm ra mương tưới lúa, tuần nào cũng vậy", kind: "tip", category: "tip.other", isEmergency: false, split: "test" },
  { text: "Chó nhà bên thả rông cắn con tôi hồi tháng trước, đã tiêm phòng, nhà đó tới giờ cũng không xích", kind: "tip", category: "tip.other", isEmergency: false, split: "test" },
  { text: "Hôm qua bà cụ nhà tôi đi lạc ra tận bến xe, nay đã về nhà an toàn, báo để anh em khỏi tìm nữa", kind: "tip", category: "tip.other", isEmergency: false, split: "test" },
  { text: "nua dem ai do do trom ca xe rac thai cong nghiep xuong ao lang o Luong Son", kind: "tip", category: "tip.other", isEmergency: false, wardHint: "X-LUONGSON", split: "test" },
  { text: "Khai thác cát trái phép ở khúc sông cạnh đình, đêm nào cũng nghe tiếng máy hút", kind: "tip", category: "tip.other", isEmergency: false, split: "test" },

  // ─── Questions: identity (căn cước, VNeID) ─────────────────────────────────────────────
  { text: "con e vua du 14 tuoi, di lam cccd lan dau can mang theo giay to gi a", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-cap-lan-dau", split: "test" },
  { text: "Cho tôi hỏi làm thẻ căn cước lần đầu thì ra công an xã hay phải lên tỉnh?", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-cap-lan-dau", split: "test" },
  { text: "Năm nay em 25 tuổi có bắt buộc đi đổi thẻ không ạ", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-cap-doi", split: "test" },
  { text: "the cua toi in sai ngay sinh, muon doi lai thi lam the nao", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-cap-doi", split: "test" },
  { text: "Đánh rơi căn cước đâu không biết, làm lại trên VNeID được không hay phải lên công an", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-cap-lai-khi-mat", split: "test" },
  { text: "lam the can cuoc het bao nhieu tien vay, ho ngheo co duoc mien ko", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-le-phi", split: "test" },
  { text: "Bé nhà mình 4 tuổi, làm căn cước cho bé có cần bế bé lên công an chụp ảnh không", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "can-cuoc-tre-em-duoi-14", split: "test" },
  { text: "sáp nhập tỉnh rồi cccd cũ ghi tỉnh cũ thì có phải đi đổi k mn", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "giay-to-cu-sau-sap-nhap", split: "test" },
  { text: "Ngân hàng đòi giấy xác nhận số CMND 9 số cũ, giờ còn phải xin nữa không?", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "giay-to-cu-sau-sap-nhap", split: "test" },
  { text: "cai VNeID tren dien thoai tu dang ky muc 1 the nao, may e co NFC", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "vneid-muc-do-1", split: "test" },
  { text: "Tài khoản định danh của tôi mới mức 1, muốn lên mức 2 thì đến đâu kích hoạt", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "vneid-muc-do-2", split: "test" },
  { text: "doi sim moi r ko nhan dc otp vneid nua, gio sao a", kind: "question", category: "question.identity", isEmergency: false, expectedFaqSlug: "vneid-quen-mat-khau-doi-so-dien-thoai", split: "test" },
  { text: "Làm căn cước cho ông nội 85 tuổi đi không nổi thì răng, cán bộ có xuống tận nhà làm được không?", kind: "question", category: "question.identity", isEmergency: false, split: "test" },

  // ─── Questions: residence ──────────────────────────────────────────────────────────────
  { text: "Mua nhà mới muốn nhập hộ khẩu cho cả nhà thì cần những giấy tờ gì", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "thuong-tru-dang-ky", split: "test" },
  { text: "nha thue co dang ky thuong tru duoc ko hay chi tam tru thoi, chu nha dong y roi", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "thuong-tru-nha-thue-o-nho", split: "test" },
  { text: "E moi len thue tro lam cong nhan, co phai dang ky tam tru ko, lam tren dien thoai dc ko", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "tam-tru-dang-ky", split: "test" },
  { text: "Chủ trọ hỏi mình làm tạm trú chưa, thủ tục mất mấy ngày vậy", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "tam-tru-dang-ky", split: "test" },
  { text: "Tạm trú của em sắp hết hạn 2 năm, gia hạn thế nào ạ", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "tam-tru-sinh-vien-gia-han", split: "test" },
  { text: "sinh vien o ktx thi truong lam tam tru hay tu lam", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "tam-tru-sinh-vien-gia-han", split: "test" },
  { text: "Nhà có họ hàng dưới quê lên chơi ở 1 tuần có phải báo lưu trú không", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "thong-bao-luu-tru", split: "test" },
  { text: "Xin giấy CT07 ở công an phường Phúc Yên được không hay phải về quê nơi thường trú?", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "xac-nhan-thong-tin-cu-tru-ct07", wardHint: "P-PHUCYEN", split: "test" },
  { text: "bo toi mat roi thi co phai lam thu tuc xoa ho khau cho ong ko", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "xoa-dang-ky-thuong-tru", split: "test" },
  { text: "vo chong e muon tach khau ra khoi ho bo me nhung van o chung nha dc ko", kind: "question", category: "question.residence", isEmergency: false, expectedFaqSlug: "tach-ho", split: "test" },
  { text: "Đi làm hộ khẩu có cần mang bản gốc sổ đỏ không hay photo công chứng là được", kind: "question", category: "question.residence", isEmergency: false, split: "test" },
  { text: "thứ 7 công an phường có nhận hồ sơ tạm trú ko ạ", kind: "question", category: "question.residence", isEmergency: false, split: "test" },

  // ─── Questions: passport, foreigners ───────────────────────────────────────────────────
  { text: "Làm hộ chiếu lần đầu có phải về quê thường trú làm không hay ở đâu cũng được", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-cap-lan-dau", split: "test" },
  { text: "lam passport online tren dich vu cong thi anh chup bang dien thoai co dc ko", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-truc-tuyen", split: "test" },
  { text: "Nộp hộ chiếu qua mạng xong thì nhận ở đâu, có gửi bưu điện không?", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-truc-tuyen", split: "test" },
  { text: "Con 2 tuổi đi du lịch Thái cần hộ chiếu không, làm cho bé cần gì", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-tre-em", split: "test" },
  { text: "e lo lam mat ho chieu luc chuyen nha, thang sau bay roi gio lam sao", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-bi-mat", split: "test" },
  { text: "Nhà mình mở homestay ở Mai Châu, tuần sau có 2 khách Hàn đến thì khai báo tạm trú cho họ kiểu gì", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "khai-bao-tam-tru-nguoi-nuoc-ngoai", wardHint: "X-MAICHAU", split: "test" },
  { text: "ho chieu het han roi lam cai moi mat bao nhieu ngay, le phi bao nhieu", kind: "question", category: "question.passport", isEmergency: false, expectedFaqSlug: "ho-chieu-cap-lan-dau", split: "test" },
  { text: "Đi xuất khẩu lao động Nhật thì visa có phải xin ở công an không hay bên công ty lo?", kind: "question", category: "question.passport", isEmergency: false, split: "test" },

  // ─── Questions: vehicles and driving licences ──────────────────────────────────────────
  { text: "mới mua con SH, ra công an xã bấm biển được không hay phải lên tỉnh", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "dang-ky-xe-moi", split: "test" },
  { text: "Mua lại xe máy cũ của người quen, giờ sang tên thì ai phải làm gì trước", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "sang-ten-thu-hoi-dang-ky-xe", split: "test" },
  { text: "Bán xe thì có được giữ lại biển số đẹp không, giữ bao lâu", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "bien-so-dinh-danh", split: "test" },
  { text: "Mất cà vẹt xe máy thì làm lại ở đâu ạ, mất mấy ngày", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "mat-giay-dang-ky-xe", split: "test" },
  { text: "bang lai o to cua toi sap het han, doi o so giao thong hay o cong an", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "giay-phep-lai-xe", split: "test" },
  { text: "Mất bằng lái A1 thì xin cấp lại ở đâu đc vậy mn", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "giay-phep-lai-xe", split: "test" },
  { text: "xe dien cho con di hoc co phai dkx bam bien ko", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "dang-ky-xe-moi", split: "test" },
  { text: "Xe tôi mua từ 2015 qua 3 đời chủ chưa sang tên, giờ làm thế nào", kind: "question", category: "question.vehicle", isEmergency: false, expectedFaqSlug: "sang-ten-thu-hoi-dang-ky-xe", split: "test" },
  { text: "Xe máy điện dưới 50cc con đi học có cần bằng lái k ạ", kind: "question", category: "question.vehicle", isEmergency: false, split: "test" },

  // ─── Questions: permits ────────────────────────────────────────────────────────────────
  { text: "Em định mở quán karaoke 5 phòng ở quê thì xin giấy an ninh trật tự ở đâu", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "giay-chung-nhan-du-dieu-kien-antt", split: "test" },
  { text: "mo tiem cam do can giay phep gi ben cong an, le phi bao nhieu", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "giay-chung-nhan-du-dieu-kien-antt", split: "test" },
  { text: "Nhà nghỉ đổi chủ thì giấy chứng nhận đủ điều kiện ANTT có phải làm lại không", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "giay-chung-nhan-du-dieu-kien-antt", split: "test" },
  { text: "Công ty TNHH mới thành lập có phải mang con dấu lên công an đăng ký không", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "dang-ky-mau-con-dau", split: "test" },
  { text: "Nhà có thanh kiếm cổ ông để lại, có phải khai báo chi không?", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "vu-khi-tho-so-cong-cu-ho-tro", split: "test" },
  { text: "Con gái đi làm về khuya muốn mang bình xịt hơi cay trong túi có bị phạt không ạ", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "vu-khi-tho-so-cong-cu-ho-tro", split: "test" },
  { text: "dam cuoi thang sau muon ban phao hoa thi mua o dau cho dung luat", kind: "question", category: "question.permits", isEmergency: false, expectedFaqSlug: "phao-no-phao-hoa", split: "test" },
  { text: "Tổ chức đêm ca nhạc ngoài trời ở sân vận động xã có phải xin phép bên công an không?", kind: "question", category: "question.permits", isEmergency: false, split: "test" },

  // ─── Questions: fire safety ────────────────────────────────────────────────────────────
  { text: "Xây khách sạn 7 tầng thì hồ sơ thẩm duyệt PCCC nộp ở đâu", kind: "question", category: "question.fire_safety", isEmergency: false, expectedFaqSlug: "pccc-tham-dinh-thiet-ke", split: "test" },
  { text: "Nhà xưởng làm xong rồi, muốn nghiệm thu PCCC trước khi chạy máy thì làm sao", kind: "question", category: "question.fire_safety", isEmergency: false, expectedFaqSlug: "pccc-kiem-tra-nghiem-thu", split: "test" },
  { text: "Nhà em tầng 1 bán tạp hóa, tầng trên ở, cần trang bị gì về PCCC ạ", kind: "question", category: "question.fire_safety", isEmergency: false, expectedFaqSlug: "pccc-nha-o-ket-hop-kinh-doanh", split: "test" },
  { text: "quan an nho 30 cho ngoi co bat buoc co binh chua chay ko", kind: "question", category: "question.fire_safety", isEmergency: false, expectedFaqSlug: "pccc-nha-o-ket-hop-kinh-doanh", split: "test" },
  { text: "truong mam non tu thuc xay moi co can tham dinh thiet ke phong chay ko", kind: "question", category: "question.fire_safety", isEmergency: false, expectedFaqSlug: "pccc-tham-dinh-thiet-ke", split: "test" },
  { text: "Nếu cháy trong nhà mà khói nhiều thì nên chạy lên sân thượng hay chạy xuống?", kind: "question", category: "question.fire_safety", isEmergency: false, split: "test" },
  { text: "Bình chữa cháy mua về bao lâu thì phải nạp lại?", kind: "question", category: "question.fire_safety", isEmergency: false, split: "test" },
  { text: "nha tro cua toi 15 phong co phai mua bao hiem chay no bat buoc ko", kind: "question", category: "question.fire_safety", isEmergency: false, split: "test" },

  // ─── Questions: other (criminal record, emergency numbers, where to report) ───────────
  { text: "Xin lý lịch tư pháp số 1 để đi du học giờ nộp ở công an hay sở tư pháp", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "ly-lich-tu-phap", split: "test" },
  { text: "xin phieu ly lich tu phap o mo rua anh, lam tren vneid dc ko", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "ly-lich-tu-phap", split: "test" },
  { text: "so 114 voi 113 khac nhau the nao, chay thi goi so nao", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "so-dien-thoai-khan-cap", split: "test" },
  { text: "Thấy người đuối nước thì gọi số mấy trước ạ?", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "so-dien-thoai-khan-cap", split: "test" },
  { text: "Rơi ví mất hết giấy tờ thì trình báo ở đâu để làm lại", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "trinh-bao-mat-giay-to", split: "test" },
  { text: "nhat duoc cai vi co cccd voi the ATM cua ai do, nop o dau", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "trinh-bao-mat-giay-to", split: "test" },
  { text: "Giờ không còn công an huyện thì tố giác tội phạm nộp đơn ở đâu ạ", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "to-giac-toi-pham-o-dau", split: "test" },
  { text: "Gửi phản ánh an ninh trật tự trên VNeID ở mục nào, có ẩn danh được không", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "to-giac-qua-vneid", split: "test" },
  { text: "Muốn báo chỗ bán ma túy mà sợ bị trả thù, có ai biết mình báo không?", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "bao-tin-ma-tuy", split: "test" },
  { text: "Bị phạt mà thấy không đúng thì làm đơn khiếu nại gửi ai, trong bao lâu", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "khieu-nai-quyet-dinh-hanh-chinh", split: "test" },
  { text: "Muốn tố cáo cán bộ công an vòi tiền thì gửi đơn tới đâu?", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "to-cao-phan-anh-can-bo", split: "test" },
  { text: "ho so bi hen di hen lai thi phan anh o cho nao a", kind: "question", category: "question.other", isEmergency: false, expectedFaqSlug: "phan-anh-cham-giai-quyet-thu-tuc", split: "test" },
  { text: "Tin nhắn gửi qua đây bao lâu thì có người trả lời?", kind: "question", category: "question.other", isEmergency: false, split: "test" },
  { text: "Gặp người bị nạn ngoài đường tự chở đi viện thì có bị liên lụy gì không", kind: "question", category: "question.other", isEmergency: false, split: "test" },
  { text: "cong an xa lam viec tu may gio den may gio, trua co nghi ko", kind: "question", category: "question.other", isEmergency: false, split: "test" },
  { text: "Trẻ con bị ngã xuống ao vớt lên rồi thì sơ cứu thế nào cho đúng?", kind: "question", category: "question.other", isEmergency: false, split: "test" },
  { text: "Có được quay video khi bị công an dừng xe kiểm tra không?", kind: "question", category: "question.other", isEmergency: false, split: "test" },

  // ─── Feedback: officer conduct ─────────────────────────────────────────────────────────
  { text: "Anh CSGT ở chốt ngã tư sáng nay quát tháo, chửi tôi ngu trước mặt con nhỏ", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "can bo mot cua o cong an xa noi chuyen coc loc, hoi lai thi bao 'ko biet doc a'", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Đi làm tạm trú bị cán bộ gợi ý 'bồi dưỡng' 500 nghìn để nhanh, không thì chờ", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Tôi bị anh công an trật tự đẩy ngã khi đang bán hàng rong, trầy cả tay", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "anh cong an khu vuc nha toi hay ngoi nhau voi chu song bac, dan biet het", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Cán bộ trực ban đêm qua nghe tôi báo mất xe mà cứ lướt điện thoại, không ghi chép gì", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Thái độ của chị tiếp dân ở bộ phận hộ chiếu rất khó chịu, ném giấy tờ xuống bàn", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "CSGT thoi 100k roi cho di, khong lap bien ban, o doan doc cau", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Anh công an phường đến nhà xác minh mà người nồng nặc mùi rượu, nói năng lè nhè", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },
  { text: "Cán bộ lấy lời khai cố tình ghi sai lời tôi nói, tôi không ký thì dọa giữ lại", kind: "feedback", category: "feedback.officer_conduct", isEmergency: false, split: "test" },

  // ─── Feedback: service ─────────────────────────────────────────────────────────────────
  { text: "Nộp hồ sơ đổi căn cước hơn 1 tháng chưa có thẻ, hẹn 7 ngày mà", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "app vneid cu bao loi he thong tu sang den gio, ko nop duoc tam tru", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "Sáng nay xếp hàng ở công an xã từ 7h đến 11h chưa tới lượt, chỉ có 1 người tiếp nhận", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "Cổng dịch vụ công thanh toán lệ phí hộ chiếu bị trừ tiền 2 lần mà hồ sơ vẫn báo chưa nộp", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "goi so truc ban cong an xa Lam Thao ca buoi chieu ko ai nhac may", kind: "feedback", category: "feedback.service", isEmergency: false, wardHint: "X-LAMTHAO", split: "test" },
  { text: "Hồ sơ sang tên xe của tôi trễ hẹn 3 lần rồi, lần nào lên cũng bảo chờ thêm, giờ phải làm sao", kind: "feedback", category: "feedback.service", isEmergency: false, expectedFaqSlug: "phan-anh-cham-giai-quyet-thu-tuc", split: "test" },
  { text: "phong lam cccd ko co ghe ngoi, nguoi gia dung cho ca tieng", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "Đặt lịch trên VNeID rồi mà lên vẫn phải bốc số xếp hàng như thường", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "bot tra loi toan cau chung chung, hoi cai nay tra loi cai khac, ib hoai ko ai doc", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "Gửi phản ánh qua kênh này 5 ngày rồi chưa thấy ai phản hồi", kind: "feedback", category: "feedback.service", isEmergency: false, split: "test" },
  { text: "Bộ phận một cửa công an TP Hòa Bình chiều thứ 6 đông nghẹt mà chỉ mở 1 bàn, 4h đã đóng", kind: "feedback", category: "feedback.service", isEmergency: false, wardHint: "P-HOABINH", split: "test" },

  // ─── Feedback: complaints about decisions, fines, case handling ────────────────────────
  { text: "Tôi không đồng ý với quyết định phạt 4 triệu vì nồng độ cồn, tôi chỉ ăn bánh rượu nếp, đề nghị xem xét lại", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "don to giac cua gia dinh toi nop tu thang 3, gio bao khong khoi to ma ko giai thich ly do", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "Xe tôi bị tạm giữ 2 tháng, hết hạn mà không trả, cũng không có quyết định gì", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "Công an xã từ chối đăng ký thường trú cho con tôi mà không có văn bản trả lời, tôi khiếu nại việc này", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "Vụ hàng xóm lấn đất đánh người nhà tôi, công an chỉ hòa giải cho qua, gia đình không chấp nhận cách giải quyết đó", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "bi phat nguoi loi vuot den do nhung hom do xe toi nam o gara sua, co giay xac nhan cua gara", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "Quyết định xử phạt ghi sai biển số xe của tôi, giờ bị giữ bằng oan", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "Khiếu nại lần 1 đã quá 45 ngày mà chưa có kết quả, tôi muốn gửi lên cấp trên", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },
  { text: "toi bi lap bien ban ban hang lan chiem via he trong khi ca day pho ai cung bay, chi phat minh toi", kind: "feedback", category: "feedback.complaint", isEmergency: false, split: "test" },

  // ─── Feedback: praise (some for help in past emergencies) ──────────────────────────────
  { text: "Cảm ơn anh em công an xã đã vớt được cháu bé rơi xuống ao hôm chủ nhật, nhanh lắm", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "cam on cac chu da giup e lay lai dien thoai bi giat tuan truoc, e cam dong lam", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Đội chữa cháy đến chỉ 7 phút sau khi gọi, cứu được cả nhà tôi đêm qua, xin cảm ơn", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Cán bộ làm hộ chiếu hướng dẫn tận tình, tôi già rồi không biết dùng máy mà được làm giúp", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Anh cảnh sát khu vực tối qua đưa bà nội tôi đi lạc về tận nhà, gia đình biết ơn lắm", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Thủ tục tạm trú online nhanh thật, sáng nộp chiều đã xong 👍", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "tks cac anh truc ban da xuong kip hom thang say ruou pha quan, quan em ko sao", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Chị cán bộ ở bộ phận căn cước làm thêm cả trưa để kịp cho mấy cụ ở xa, rất đáng khen", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Nhờ công an cảnh báo kịp mà mẹ tôi không chuyển tiền cho bọn lừa đảo, cảm ơn nhiều", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "may anh csgt day giup xe toi chet may giua troi mua to, ko lay 1 dong nao", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "mấy anh công an phường dễ thương ghê, hổng có làm khó tui chút nào, cảm ơn nha", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },
  { text: "Cảm ơn 2 chiến sĩ đã lao vào nhà cháy bế con tôi ra, tôi chưa kịp hỏi tên", kind: "feedback", category: "feedback.praise", isEmergency: false, split: "test" },

  // ─── Feedback: suggestions (some about safety) ─────────────────────────────────────────
  { text: "Ngã ba trường tiểu học không có đèn tín hiệu, sáng nào cũng suýt tai nạn, đề nghị bố trí người phân luồng giờ tan học", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "nen co so zalo rieng cho tung cong an xa de dan bao tin cho nhanh", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "Đề nghị lắp camera ở đoạn đê hay có người đổ rác và trộm vặt", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "Mong công an tổ chức buổi hướng dẫn thoát nạn khi cháy cho dãy trọ công nhân", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "Nên cho đặt lịch làm căn cước cả ngày thứ bảy cho người đi làm hành chính", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "Bot này nên có nút gọi 113 ngay trên đầu cho người già dễ bấm", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "de nghi tuyen truyen ve lua dao qua dien thoai o cac buoi hop thon, nguoi gia hay bi lua lam", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "Đầm sen đầu làng hè nào trẻ con cũng ra tắm mà chẳng có cứu hộ, nên cắm biển cấm", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
  { text: "mua kho nen tuan tra doi thong nhieu hon, nam ngoai chay 2 lan roi", kind: "feedback", category: "feedback.suggestion", isEmergency: false, split: "test" },
];
