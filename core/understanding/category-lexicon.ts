/**
 * Hand-written cue phrases per category and per kind, in folded form (no diacritics,
 * abbreviations already expanded: "cccd" arrives as "can cuoc cong dan").
 * Weights are rough strengths (1 weak hint … 3 decisive), written by hand from domain knowledge
 * and refined by reading the cross-validation errors of the TRAIN split (never the TEST split).
 * A negative weight marks a negation ("khong hai long") that cancels the cue it contains.
 * The statistical part of the classifier learns everything else from labelled examples.
 */
import type { CategoryCode, MessageKind } from "./categories.ts";

/** A folded cue phrase and its strength. */
export type WeightedPhrase = readonly [phrase: string, weight: number];

/** Cues per category; a category's score is the sum of its cues present in the message. */
export const CATEGORY_CUES: Readonly<Record<CategoryCode, readonly WeightedPhrase[]>> = {
  "tip.drugs": [
    ["ma tuy", 3], ["hang trang", 2.5], ["thuoc lac", 3], ["bay lac", 3], ["choi da", 2.5], ["hut da", 3],
    ["can sa", 3], ["heroin", 3], ["hero", 2], ["tiem chich", 2.5], ["nghien", 2], ["con nghien", 3],
    ["chat cam", 2.5], ["nuoc vui", 2.5], ["khi cuoi", 2.5], ["bong cuoi", 2.5], ["ketamin", 3], ["ke", 1],
    ["thuoc phien", 3], ["xi ke", 3], ["binh bong", 2.5], ["dap da", 2.5], ["co my", 2.5], ["keo", 1],
    ["tu tap su dung", 2], ["mui la", 1.5], ["buon ban chat cam", 3], ["hit", 1.5], ["ma tuy da", 3],
  ],
  "tip.theft_robbery": [
    ["lang vang", 2], ["thu khoa", 2.5], ["khoa xe", 2], ["khieng", 1.5],
    ["trom", 3], ["ke trom", 3], ["cuop", 3], ["cuop giat", 3], ["giat", 2], ["mat cap", 2.5], ["moc tui", 3],
    ["be khoa", 3], ["pha khoa", 2.5], ["cat khoa", 2.5], ["dot nhap", 3], ["lay trom", 3], ["trom cap", 3],
    ["mat xe", 2], ["bi lay mat", 2.5], ["lay mat", 2], ["trom cho", 3], ["tai san", 1], ["cay cua", 2.5],
    ["day chuyen", 1.5], ["cuop tiem vang", 3], ["lay cap", 3], ["ke gian", 2.5],
  ],
  "tip.fraud_online": [
    ["deepfake", 3], ["goi video", 2], ["gia lam", 2.5], ["buu pham", 3], ["bam phim", 3], ["xin tien", 1.5],
    ["lua dao", 3], ["lua", 1.5], ["chuyen khoan", 2], ["chiem doat", 2], ["mao danh", 3], ["gia danh", 3],
    ["gia mao", 2], ["link", 2.5], ["duong link", 2.5], ["app", 1.5], ["ung dung", 1], ["dau tu", 2], ["san ao", 3],
    ["tien ao", 2.5], ["viec nhe luong cao", 3], ["lam nhiem vu", 3], ["chot don", 2.5], ["nap tien", 2.5],
    ["otp", 3], ["hack", 3], ["chiem quyen", 3], ["facebook", 1.5], ["zalo", 1.5], ["tin nhan", 1.5],
    ["goi dien", 1], ["so tai khoan", 2], ["ngan hang", 1.5], ["online", 1.5], ["qua mang", 3],
    ["mang xa hoi", 2], ["vay online", 2.5], ["app vay", 2.5], ["gia cong an", 3], ["sim rac", 2.5],
    ["trung thuong", 3], ["lua tinh", 3], ["hoan tien", 2], ["tai khoan", 1], ["bi lua", 3], ["shop", 1.5],
    ["nhan vien ngan hang", 2.5], ["cai dat", 1.5], ["tien dien", 1], ["tiktok", 2], ["telegram", 2],
  ],
  "tip.gambling": [
    ["danh bac", 3], ["co bac", 3], ["lo de", 3], ["danh de", 3], ["ghi de", 3], ["xoc dia", 3], ["ca do", 3],
    ["ca cuoc", 3], ["tai xiu", 3], ["danh bai", 2.5], ["sat phat", 3], ["bai bac", 3], ["song bac", 3],
    ["da ga", 2.5], ["ga choi", 2], ["an tien", 2], ["bau cua", 2.5], ["nha cai", 2.5], ["chieu bac", 3],
    ["con bac", 3], ["de", 0.5], ["lo", 0.5], ["bong da", 1], ["nha bao", 0.5], ["phom", 2.5], ["tien len", 1.5],
  ],
  "tip.public_order": [
    ["cam sung", 2.5], ["doa ban", 2.5], ["cam dao", 2.5], ["duoi chem", 3], ["chem nguoi", 3], ["dam nguoi", 2.5], ["danh nguoi", 2], ["ma tau", 2.5], ["dap pha", 2],
    ["doa giet", 2.5], ["gay goc", 2], ["cheo keo", 2.5], ["ep gia", 2.5], ["hang rong", 2], ["nem da", 2],
    ["gay roi", 3], ["on ao", 2.5], ["karaoke", 2], ["tu tap", 1.5], ["danh nhau", 3], ["say xin", 2],
    ["choi bay", 2], ["chui boi", 2], ["gay go", 2], ["hon chien", 3], ["doi no", 2.5], ["doi no thue", 3],
    ["tin dung den", 3], ["cho vay nang lai", 3], ["nem chat ban", 3], ["mam tom", 2.5], ["khung bo", 1.5],
    ["bao ke", 2.5], ["bao luc gia dinh", 2.5], ["danh vo", 2.5], ["mai dam", 3], ["ban dam", 3], ["giang ho", 2.5],
    ["hung khi", 1.5], ["loa keo", 2.5], ["mo nhac", 2], ["nhac to", 2], ["trat tu", 1.5], ["mat an ninh", 2.5],
    ["dem khuya", 1], ["dot phao", 1.5], ["thanh nien", 0.5], ["dam nhau", 2], ["chem", 1.5], ["gay thuong tich", 2.5],
    ["tat son", 2.5], ["lan chiem", 1], ["xa rac", 1], ["nhau nhet", 1.5], ["cai nhau", 1.5], ["danh", 0.5],
  ],
  "tip.traffic": [
    ["nga xe", 3], ["dam nguoi di bo", 3],
    ["tong nhau", 3], ["dam vao", 2.5], ["camera hanh trinh", 2.5], ["nga tu", 1], ["nga ba", 1],
    ["dua xe", 3], ["boc dau", 3], ["lang lach", 3], ["giao thong", 1.5], ["vuot den do", 3], ["den do", 2],
    ["nguoc chieu", 3], ["qua tai", 2.5], ["xe tai", 1.5], ["container", 2], ["do xe", 1.5], ["dau xe", 2],
    ["long duong", 2], ["via he", 1.5], ["tai nan", 3], ["tong xe", 3], ["dam xe", 3], ["bo chay", 2],
    ["nong do con", 3], ["khong doi mu", 3], ["mu bao hiem", 2], ["cong kenh", 2.5], ["xe khach", 1.5],
    ["toc do", 2], ["ket xe", 2], ["un tac", 2], ["tac duong", 2], ["o ga", 2], ["xe ba gac", 2], ["xe dau keo", 2],
    ["say ruou lai xe", 3], ["lai xe", 1.5], ["cho qua so nguoi", 3], ["xe may", 0.5], ["phong nhanh", 2.5],
  ],
  "tip.fire_hazard": [
    ["neu chay", 2], ["mut xop", 2.5], ["cach am", 1.5], ["de chay lan", 3],
    ["chay", 1.5], ["chay nha", 3], ["dang chay", 2.5], ["chay no", 3], ["nguy co chay", 3], ["binh gas", 2.5],
    ["sang chiet gas", 3], ["gas", 2], ["ro ri gas", 3], ["boc khoi", 2.5], ["lua", 1.5], ["dot rac", 2.5],
    ["ban xang", 2], ["xang", 1.5], ["kho hang", 1.5], ["day dien", 2], ["chap dien", 3], ["phao no", 2.5],
    ["kho phao", 3], ["loi thoat hiem", 2], ["hoa chat", 2], ["de chay", 3], ["chay rung", 3], ["dot rom", 2.5],
    ["chay lon", 3], ["mui khet", 2.5], ["mui gas", 2.5], ["khoi", 1.5], ["no", 0.5], ["boc chay", 3],
  ],
  "tip.other": [
    ["nuoi nhot", 3], ["giam giu", 2.5], ["nhot", 2], ["di lac", 2.5],
    ["chua ve", 2.5], ["mat lien lac", 2.5], ["khong lien lac duoc", 2.5], ["lu cuon", 3], ["cuon troi", 3], ["roi xuong", 2.5], ["nuoc thai", 2.5], ["khoi doc", 2.5], ["boi nho", 2.5], ["kich dong", 3], ["sung tu che", 3], ["xac", 1],
    ["buon lau", 3], ["hang gia", 3], ["hang lau", 3], ["khai thac cat", 3], ["cat trai phep", 3], ["pha rung", 3],
    ["dong vat hoang da", 3], ["mat tich", 3], ["bo nha di", 2.5], ["xac chet", 3], ["tu tu", 3], ["duoi nuoc", 3],
    ["nguoi la", 2], ["kha nghi", 2], ["xam hai", 2.5], ["bao hanh tre em", 3], ["bat coc", 3], ["hiep dam", 3],
    ["o nhiem", 2], ["truy na", 3], ["lao dong trai phep", 2.5], ["vu khi", 1.5], ["sung", 1.5], ["tre em", 1],
    ["di lac", 2.5], ["bo roi", 1.5], ["phat tan", 1.5], ["xuyen tac", 2.5], ["phan dong", 3], ["nguoi nuoc ngoai", 1],
  ],
  "question.identity": [
    ["can cuoc", 3], ["the can cuoc", 3], ["chung minh nhan dan", 2.5], ["chung minh thu", 2.5], ["dinh danh", 3],
    ["dinh danh dien tu", 3], ["vneid", 2.5], ["muc 2", 2], ["muc do 2", 2], ["gan chip", 2.5], ["tich hop", 3],
    ["so dinh danh", 2.5], ["sinh trac", 2], ["cap doi", 1.5], ["duoi 14 tuoi", 1.5], ["kich hoat", 2],
    ["dang nhap", 1.5], ["mat khau", 1.5], ["tai khoan dinh danh", 3], ["chip", 1.5], ["14 tuoi", 1], ["25 tuoi", 2],
  ],
  "question.residence": [
    ["tam tru", 3], ["thuong tru", 3], ["luu tru", 3], ["cu tru", 3], ["ct07", 3], ["ct01", 3], ["ho khau", 3],
    ["tach ho", 3], ["nhap khau", 3], ["chuyen khau", 3], ["cat khau", 3], ["tam vang", 3], ["nha tro", 1.5],
    ["phong tro", 1.5], ["thue tro", 1.5], ["chu tro", 2], ["homestay", 2], ["khach o qua dem", 2.5],
    ["gia han", 1], ["khai bao", 1.5], ["sinh vien", 1], ["xac nhan noi o", 2.5], ["chu ho", 2], ["so ho", 2],
  ],
  "question.passport": [
    ["sang viet nam", 2], ["sang vn", 2], ["nguoi han", 2], ["nguoi trung quoc", 2], ["khach tay", 2.5],
    ["ho chieu", 3], ["xuat canh", 3], ["nhap canh", 3], ["xuat nhap canh", 3], ["visa", 2.5], ["thi thuc", 3],
    ["di nuoc ngoai", 2], ["nuoc ngoai", 1], ["nguoi nuoc ngoai", 1.5], ["the tam tru", 2], ["cam xuat canh", 3],
    ["xuat khau lao dong", 2], ["di han", 1.5], ["di nhat", 1.5], ["di uc", 1.5], ["di my", 1.5], ["mat ho chieu", 3],
    ["na17", 3], ["khach nuoc ngoai", 2.5], ["tay ba lo", 1.5],
  ],
  "question.vehicle": [
    ["dang ky xe", 3], ["sang ten", 3], ["bien so", 2.5], ["bien so dinh danh", 3], ["ca vet", 3], ["giay dang ky", 2.5],
    ["thu hoi", 2], ["rut ho so", 2.5], ["mua xe", 2], ["xe cu", 1.5], ["ban xe", 1.5], ["giay phep lai xe", 3],
    ["bang lai", 3], ["phat nguoi", 3], ["dang kiem", 2], ["truoc ba", 2.5], ["xe may", 1.5], ["o to", 1.5],
    ["xe dien", 1.5], ["boc bien", 3], ["dau gia bien", 3], ["nop phat", 2], ["tam giu", 1], ["lay xe", 2],
    ["bien", 1], ["xe", 0.5],
  ],
  "question.permits": [
    ["du dieu kien ve an ninh trat tu", 3], ["du dieu kien", 2], ["an ninh trat tu", 1.5], ["kinh doanh co dieu kien", 3],
    ["nganh nghe", 2], ["con dau", 3], ["khac dau", 3], ["mau dau", 3], ["vu khi", 2], ["cong cu ho tro", 3],
    ["vat lieu no", 3], ["phao hoa", 2], ["sung hoi", 2.5], ["sung the thao", 2], ["roi dien", 2.5], ["hoi cay", 3],
    ["karaoke", 1], ["massage", 2], ["cam do", 2.5], ["kinh doanh", 1.5], ["mo quan", 1.5], ["nha nghi", 1.5],
    ["khach san", 1], ["dich vu bao ve", 2.5], ["ban gas", 1.5], ["giay phep", 1.5], ["quan bar", 2], ["in an", 1.5],
  ],
  "question.fire_safety": [
    ["phong chay chua chay", 3], ["tham dinh", 2.5], ["tham duyet", 2.5], ["nghiem thu", 2.5], ["binh chua chay", 3],
    ["binh cuu hoa", 3], ["chua chay", 2], ["phong chay", 2], ["thoat hiem", 1.5], ["bao chay", 2.5],
    ["tap huan", 2], ["bao hiem chay no", 3], ["chay no", 1], ["chung cu", 1], ["cuu hoa", 1.5], ["nha tro", 0.5],
    ["thiet ke", 1.5], ["phuong an chua chay", 3], ["cua hang", 0.5],
  ],
  "question.other": [
    ["tien an", 3], ["tien su", 2.5], ["ly lich", 2.5], ["nghia vu", 2.5], ["tuyen nghia vu", 3], ["gui o dau", 2], ["lam don", 1.5], ["to giac qua", 2.5],
    ["to giac", 2.5], ["trinh bao", 2], ["mat giay to", 2], ["ly lich tu phap", 3], ["gio lam viec", 3],
    ["lam viec", 1], ["dia chi", 1.5], ["duong day nong", 2.5], ["hotline", 2], ["tuyen dung", 2.5],
    ["thi cong an", 3], ["nghia vu cong an", 3], ["hanh kiem", 2], ["nop don", 1.5], ["tru so", 2],
    ["thu 7", 1.5], ["chu nhat", 1.5], ["so dien thoai", 1], ["bao mat", 1], ["an danh", 1.5], ["giay xac nhan", 1],
  ],
  "feedback.officer_conduct": [
    ["khong hai long", 2], ["coc loc", 3], ["bao ve di", 2], ["cong an danh", 3], ["danh nguoi vi pham", 3], ["chay an", 3], ["nhan tien", 2.5],
    ["quat thao", 3], ["khong xuat trinh", 2.5], ["boi duong", 3], ["dap cua", 1.5], ["coi thuong", 3], ["xin loi", 1],
    ["thai do", 2.5], ["can bo", 1.5], ["chien si", 1], ["hach dich", 3], ["coc can", 3], ["quat nat", 3],
    ["vo van", 2.5], ["thieu ton trong", 3], ["nhung nhieu", 3], ["voi tien", 3], ["hoi lo", 3], ["tieu cuc", 2.5],
    ["chui", 1.5], ["xung may", 2.5], ["lam kho", 2.5], ["gay kho khan", 2.5], ["phong bi", 3], ["bao che", 2.5],
    ["to cao can bo", 3], ["bat nat", 2], ["tho lo", 2.5], ["cau co", 2], ["bien thai", 1], ["dung dien thoai", 1],
    ["an tien", 1], ["luoi", 1.5], ["moi duoc lam", 1.5], ["lam ngo", 2], ["choi game", 2], ["say ruou", 0.5],
  ],
  "feedback.service": [
    ["khong hai long", 2], ["cho ca buoi", 2.5], ["may moc hong", 2.5], ["hong suot", 2], ["tra ve", 2], ["khong noi ly do", 2.5], ["moi mo cua", 2.5], ["mat ca ngay", 2.5],
    ["van chua co", 2.5], ["chua ai tra loi", 2.5], ["chua tra loi", 2], ["hen toi hen lui", 3], ["hoai", 1], ["chat choi", 2.5], ["ghe ngoi", 2], ["dung cho", 2], ["dang xu ly", 2], ["bi vang", 2.5], ["khac phuc", 2.5], ["khong ro rang", 2.5], ["di lai", 2], ["mo cua", 1.5],
    ["cho lau", 2.5], ["cho doi", 2], ["xep hang", 2.5], ["qua han", 2], ["cham", 2], ["cham tre", 2.5], ["tre hen", 3],
    ["hen lai", 2], ["mat cong", 1.5], ["nhieu lan", 1.5], ["khong nghe may", 3], ["khong ai nghe", 2.5],
    ["trang web", 2], ["loi", 1.5], ["bi loi", 2], ["he thong", 1.5], ["chua nhan duoc", 2], ["van chua", 1.5],
    ["mot cua", 2.5], ["ho so bi tra", 2], ["khong huong dan", 2], ["ruom ra", 3], ["giay hen", 2.5],
    ["lam viec cham", 3], ["ton thoi gian", 2], ["tra lai ho so", 2.5], ["khong tra loi", 1.5], ["qua tai", 1],
  ],
  "feedback.complaint": [
    ["chua co ket luan", 3], ["bat giu oan", 3], ["tra tu do", 2.5], ["khong boi thuong", 2],
    ["khieu nai", 3], ["quyet dinh xu phat", 3], ["bien ban", 1.5], ["xu phat sai", 3], ["phat sai", 3],
    ["khong dong y", 2], ["oan", 2.5], ["de nghi xem xet lai", 3], ["xem xet lai", 2.5], ["chua duoc giai quyet", 3],
    ["khong duoc giai quyet", 3], ["don to giac", 2], ["gui don", 2], ["thu ly", 2.5], ["tich thu", 2],
    ["quyen loi", 1.5], ["yeu cau giai quyet", 2.5], ["khong cong bang", 2.5], ["don khieu nai", 3], ["to cao", 1.5],
    ["chua co ket qua", 2.5], ["khong thong bao", 2], ["khong ro ly do", 2], ["tam giu", 1.5], ["khong giai quyet", 2.5],
  ],
  "feedback.praise": [
    ["khong hai long", -4], ["khong nhiet tinh", -3], ["khong tan tinh", -3],
    ["triet pha", 1.5], ["den rat nhanh", 2], ["nhanh qua", 2], ["yen binh", 2], ["de thuong", 2.5], ["tien lam", 2],
    ["cam on", 2.5], ["khen", 3], ["tuyen duong", 3], ["biet on", 3], ["tan tinh", 3], ["nhiet tinh", 3],
    ["chu dao", 2.5], ["vui ve", 2], ["nhanh chong", 1.5], ["hai long", 3], ["rat tot", 2], ["tuyet voi", 3],
    ["cam phuc", 3], ["tran trong", 2], ["ghi nhan", 2], ["tot bung", 2.5], ["giup do", 1.5], ["kip thoi", 1.5],
    ["chan thanh", 2], ["10 diem", 3], ["gioi", 1], ["tim lai duoc", 2], ["tra lai", 1], ["yen tam", 1.5],
  ],
  "feedback.suggestion": [
    ["to chuc tuyen truyen", 3],
    ["lap them", 2.5], ["rao chan", 2], ["dat bien", 2.5], ["tuyen truyen", 3], ["nen lam viec", 2], ["nen co", 2.5],
    ["gop y", 3], ["de xuat", 3], ["kien nghi", 2.5], ["de nghi", 1.5], ["nen", 1.5], ["mong", 1.5],
    ["hy vong", 2], ["lap dat", 2], ["lap camera", 2.5], ["camera", 1.5], ["den duong", 2], ["bo tri", 2],
    ["tang cuong", 2.5], ["tuan tra", 2], ["them", 1], ["mo rong", 2], ["cai thien", 2.5], ["y kien", 2],
    ["sao khong", 1.5], ["nen lam", 2], ["lam them", 2], ["chatbot", 1.5], ["toi nghi", 1.5], ["thay vi", 1.5],
  ],
};

/** Cues of the kind of message, added to every category of that kind. "qmark" is a typed "?". */
export const KIND_CUES: Readonly<Record<MessageKind, readonly WeightedPhrase[]>> = {
  question: [
    ["cho hoi", 2.5], ["xin hoi", 2.5], ["muon hoi", 2.5], ["hoi", 1], ["nhu the nao", 2], ["the nao", 1.5],
    ["lam sao", 1.5], ["o dau", 1.5], ["bao lau", 2], ["bao nhieu", 1.5], ["co duoc khong", 2], ["duoc khong", 1.5],
    ["can nhung gi", 2.5], ["can gi", 2], ["giay to gi", 2.5], ["thu tuc", 2.5], ["ho so", 1.5], ["le phi", 2],
    ["phai lam gi", 2], ["co phai", 1.5], ["qmark", 1.5], ["huong dan", 1.5], ["tu van", 2], ["muon lam", 1.5],
    ["can lam", 1.5], ["lam the nao", 2], ["co can", 1.5], ["khi nao", 1], ["online duoc", 2], ["a", 0.5],
    ["khong a", 1.5], ["vay", 0.5], ["gi", 0.5],
  ],
  tip: [
    ["to giac", 3], ["bao tin", 2.5], ["phat hien", 2], ["nghi van", 2], ["co doi tuong", 2.5], ["doi tuong", 2],
    ["de nghi cong an", 1.5], ["kiem tra xu ly", 2], ["xu ly", 1], ["vao cuoc", 2], ["xuong kiem tra", 2],
    ["den kiem tra", 2], ["bat giu", 2], ["dem nao cung", 2], ["toi nao cung", 2], ["thuong xuyen", 1.5],
    ["an danh", 2], ["giau ten", 2], ["danh tinh", 1.5], ["hang xom", 1.5], ["ngay bay gio", 1.5], ["cuu", 1.5],
    ["bi", 0.5], ["dang", 0.5], ["o gan", 1], ["dau ngo", 1.5], ["trong xom", 1.5], ["khu tro", 1],
  ],
  feedback: [
    ["van chua", 1.5], ["hoai", 1], ["mong khac phuc", 2], ["khac phuc", 1.5], ["nhanh qua", 1.5], ["qua lau", 1.5],
    ["cham", 1], ["lan roi", 1], ["moi lan", 1], ["bi loi", 1.5], ["10 diem", 2], ["ruom ra", 2], ["nen", 1],
    ["can bo", 1.5], ["thai do", 2], ["cam on", 2], ["gop y", 2.5], ["kien nghi", 2], ["khieu nai", 2.5],
    ["phan anh ve", 1.5], ["khong hai long", 3], ["hai long", 2], ["to cao can bo", 3], ["y kien", 1.5],
    ["de xuat", 2], ["dich vu", 1], ["khen", 2.5], ["cong an phuong", 0.5], ["cong an xa", 0.5], ["anh cong an", 1],
    ["dong chi", 1], ["lan truoc", 1], ["hom truoc toi den", 1.5], ["toi den lam", 1.5],
  ],
};
