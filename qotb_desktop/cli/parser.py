"""The command line's arguments (``qotb --help``)."""

from __future__ import annotations

import argparse

from qotb_desktop import __version__
from qotb_desktop.cli import printing, publications
from qotb_desktop.domain.rules import Readings
from qotb_desktop.wiring import ENV_VAR


def build() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qotb", description="qotb-desktop: برنامه دبیرخانه شورای قطب‌های علمی")
    p.add_argument("--version", action="version", version=f"qotb-desktop {__version__}")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="آزمون سلامت نصب: پایگاه داده موقت، نمونه، امتیاز، صورت‌جلسه، قلم‌ها و پنجره (بی‌نیاز از نمایشگر)",
    )
    p.add_argument("--db", metavar="PATH", help=f"پرونده پایگاه داده (پیش‌فرض: متغیر {ENV_VAR}، وگرنه پوشه داده‌های کاربر)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="باز کردن پنجره برنامه (پیش‌فرض)")
    sub.add_parser("init", help="ساختن یا به‌روز کردن پایگاه داده")
    d = sub.add_parser("demo", help="پر کردن پایگاه داده خالی با داده‌های نمونه")
    d.add_argument("--keep", action="store_true", help="اگر پایگاه داده خالی نیست، دست‌نخورده بماند")
    b = sub.add_parser("backup", help="ساختن پرونده پشتیبان")
    b.add_argument("file", metavar="FILE")
    b.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")
    r = sub.add_parser("restore", help="بازگرداندن پایگاه داده از پرونده پشتیبان")
    r.add_argument("file", metavar="FILE")
    md = sub.add_parser("migrate-data", help="بردن پایگاه داده یک میز (SQLite) به پایگاه داده خالی PostgreSQL، با بررسی شمارها")
    md.add_argument("--from", dest="source", required=True, metavar="SQLITE_FILE", help="پرونده پایگاه داده میز")
    md.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="POSTGRES_URL",
        help="نشانی پایگاه داده خالی روی سرور: postgresql+psycopg://USER:PASSWORD@HOST/DATABASE",
    )
    ps = sub.add_parser("print-samples", help="ساختن PDF همه فرم‌هایی که داده‌شان هست، در پوشه DIR")
    ps.add_argument("dir", metavar="DIR")
    ps.add_argument("--force", action="store_true", help="جایگزینی فرم‌هایی که از پیش در DIR هستند")
    p.add_argument(
        "--user",
        metavar="NAME",
        help="حساب کاربری برای فرمان‌هایی که پایگاه داده را تغییر می‌دهند (گذرواژه از QOTB_PASSWORD یا پرسش)",
    )
    us = sub.add_parser("user", help="ساختن حساب کاربری: user add NAME --role ROLE [--role ROLE] --name NAME")
    us.add_argument("action", choices=("add",))
    us.add_argument("username", metavar="NAME")
    us.add_argument(
        "--role",
        action="append",
        metavar="ROLE",
        help="نقش: administrator، secretary، clerk یا viewer؛ چند نقش با تکرار --role یا با ویرگول (پیش‌فرض: clerk)",
    )
    us.add_argument("--name", required=True, help="نام و نام خانوادگی")
    im = sub.add_parser("import", help="ورود اعضای هیأت علمی از پرونده Excel یا CSV")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--sheet", help="نام برگه (پیش‌فرض: نخستین برگه)")
    im.add_argument("--report", metavar="OUT", help="گزارش سطرهای نادرست در این پرونده (xlsx یا csv)")
    im.add_argument("--force", action="store_true", help="جایگزینی پرونده گزارشی (OUT) که از پیش هست")
    publications.add_arguments(sub)  # activities import: a member's publications (issue 23)
    ex = sub.add_parser("export", help="بیرون دادن داده‌ها در پرونده")
    exsub = ex.add_subparsers(dest="what", metavar="WHAT", required=True)
    ev = exsub.add_parser("evaluations", help="خلاصه ارزیابی سالانه قطب‌ها (PDF، Excel یا CSV)")
    ev.add_argument("--year", required=True, help="سال هجری شمسی (مانند ۱۴۰۳ یا 1403)")
    ev.add_argument(
        "--format",
        dest="fmt",
        metavar="pdf|xlsx|csv",
        help="قالب پرونده (پیش‌فرض: از پسوند FILE)؛ اگر FILE پسوند دارد، باید همین قالب باشد",
    )
    ev.add_argument("-o", "--output", required=True, metavar="FILE", help="پرونده‌ای که ساخته می‌شود، با پسوند .pdf، .xlsx یا .csv")
    ev.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")
    al = exsub.add_parser("allocations", help="جدول تخصیص نیمه نخست اعتبار قطب‌ها (بند ۱۲-۲-۱؛ PDF، Excel یا CSV)")
    al.add_argument("--year", required=True, help="سال اعتبار، هجری شمسی (مانند ۱۴۰۵ یا 1405)")
    al.add_argument(
        "--format",
        dest="fmt",
        metavar="pdf|xlsx|csv",
        help="قالب پرونده (پیش‌فرض: از پسوند FILE)؛ اگر FILE پسوند دارد، باید همین قالب باشد",
    )
    al.add_argument("-o", "--output", required=True, metavar="FILE", help="پرونده‌ای که ساخته می‌شود، با پسوند .pdf، .xlsx یا .csv")
    al.add_argument("--force", action="store_true", help="جایگزینی پرونده‌ای که از پیش هست")
    printing.add_arguments(sub)  # print minutes: one paper to a file (issue 21)
    sub.add_parser("verify-audit", help="بررسی زنجیر دفتر تغییرات: خروج ۰ اگر دست‌نخورده است، ۱ با نام نخستین ردیف نابسامان")
    sc = sub.add_parser("score", help="امتیاز یک عضو هیأت علمی (ورودی JSON؛ - برای ورودی استاندارد)")
    sc.add_argument("file", metavar="FILE.json")
    cc = sub.add_parser("centre-check", help="بررسی شرایط تشکیل قطب (ماده ۵؛ ورودی JSON)")
    cc.add_argument("file", metavar="FILE.json")
    ru = sub.add_parser("rules", help="قاعده‌های شورا: حد نصاب و رأی (تبصره ۳)")
    rsub = ru.add_subparsers(dest="rule", metavar="RULE", required=True)
    qu = rsub.add_parser("quorum", help="آیا جلسه رسمیت دارد؟")
    qu.add_argument("--seats", type=int, required=True)
    qu.add_argument("--present", type=int, required=True)
    vo = rsub.add_parser("vote", help="آیا تصمیم تصویب شد؟")
    vo.add_argument("--present", type=int, required=True)
    vo.add_argument("--yes", type=int, required=True)
    # Every reading of the rules data, on every command of the contract (reported back).
    readings_help = {
        "majority": "خوانش «نصف به علاوه یک» (تبصره ۳)",
        "quorum_base": "پایه حد نصاب: کرسی‌های پر یا همه کرسی‌ها (تبصره ۳)",
        "row8_cap": "خوانش سقف ردیف ۸",
        "humanities_rows": "ردیف‌های ۱۲، ۱۳ و ۱۷ برای هنر",
    }
    for q in (sc, cc, qu, vo):
        for name, text in readings_help.items():
            q.add_argument(f"--{name.replace('_', '-')}", choices=Readings.CHOICES[name], help=text)
    return p
