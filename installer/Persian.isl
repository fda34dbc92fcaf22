; Persian messages of the qotb-desktop installer, written for this project (Inno
; Setup ships no Persian translation). Messages not listed here fall back to the
; English defaults (compiler:Default.isl), which is named first in the script.

[LangOptions]
LanguageName=<0641><0627><0631><0633><06CC>
LanguageID=$0429
LanguageCodePage=0
RightToLeft=yes

[Messages]
SetupAppTitle=نصب
SetupWindowTitle=نصب %1
UninstallAppTitle=حذف
UninstallAppFullTitle=حذف %1
ButtonBack=< &قبلی
ButtonNext=&بعدی >
ButtonInstall=&نصب
ButtonOK=تأیید
ButtonCancel=انصراف
ButtonYes=&بله
ButtonNo=&خیر
ButtonFinish=&پایان
ButtonBrowse=&مرور...
ButtonWizardBrowse=م&رور...
ButtonNewFolder=&پوشه تازه
SelectLanguageTitle=زبان نصب
SelectLanguageLabel=زبانی را که در نصب به کار می‌رود برگزینید.
ExitSetupTitle=خروج از نصب
ExitSetupMessage=نصب تمام نشده است. اگر اکنون بیرون بروید، برنامه نصب نمی‌شود.%n%nمی‌توانید بعداً دوباره نصب را اجرا کنید.%n%nاز نصب بیرون می‌روید؟
WelcomeLabel1=به نصب [name] خوش آمدید
WelcomeLabel2=[name/ver] روی رایانه شما نصب می‌شود.%n%nپیش از ادامه، بهتر است برنامه‌های دیگر را ببندید.
WizardSelectDir=جای نصب
SelectDirDesc=[name] کجا نصب شود؟
SelectDirLabel3=[name] در این پوشه نصب می‌شود.
SelectDirBrowseLabel=برای ادامه «بعدی» را بزنید. برای پوشه‌ای دیگر «مرور» را بزنید.
WizardSelectTasks=کارهای بیشتر
SelectTasksDesc=چه کارهای دیگری انجام شود؟
SelectTasksLabel2=کارهایی را که هنگام نصب [name] انجام شود برگزینید و «بعدی» را بزنید.
WizardReady=آماده نصب
ReadyLabel1=همه‌چیز برای نصب [name] آماده است.
ReadyLabel2a=برای نصب «نصب» را بزنید، یا برای دیدن یا تغییر تنظیم‌ها «قبلی» را.
ReadyLabel2b=برای نصب «نصب» را بزنید.
WizardInstalling=در حال نصب
InstallingLabel=[name] در حال نصب است؛ کمی صبر کنید.
FinishedHeadingLabel=نصب [name] پایان یافت
FinishedLabelNoIcons=[name] روی رایانه شما نصب شد.
FinishedLabel=[name] روی رایانه شما نصب شد. برنامه را از میان‌برهایش باز کنید.
ClickFinish=برای پایان «پایان» را بزنید.
StatusExtractFiles=در حال رونوشت پرونده‌ها...
StatusCreateIcons=در حال ساخت میان‌برها...
StatusUninstalling=در حال حذف %1...
ConfirmUninstall=%1 و همه اجزای آن حذف شود؟ (پایگاه داده و پشتیبان‌های شما در پوشه داده‌های کاربر می‌مانند.)
UninstalledAll=%1 از رایانه شما حذف شد. پایگاه داده شما دست نخورد.
ErrorTitle=خطا
ConfirmTitle=تأیید
InformationTitle=آگاهی

[CustomMessages]
CreateDesktopIcon=ساختن میان‌بر روی &میز کار
AdditionalIcons=میان‌برهای بیشتر:
LaunchProgram=باز کردن %1
UninstallProgram=حذف %1
