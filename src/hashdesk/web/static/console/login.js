/* Sign-in: e-mail, password and a 6-digit TOTP code. */
(function () {
  "use strict";
  var form = HD.$("login-form");
  var errorBox = HD.$("login-error");
  var submit = HD.$("login-submit");
  var otp = HD.$("otp");

  otp.addEventListener("input", function () {
    var digits = otp.value.replace(/\D/g, "").slice(0, 6);
    if (digits !== otp.value) otp.value = digits;
  });

  function showError(text) {
    errorBox.textContent = text;
    errorBox.hidden = !text;
  }

  form.addEventListener("submit", async function (ev) {
    ev.preventDefault();
    showError("");
    var email = HD.$("email").value.trim();
    var password = HD.$("password").value;
    var code = otp.value.trim();
    if (!email || !password || !/^\d{6}$/.test(code)) {
      showError(HD.t("error.bad_credentials"));
      return;
    }
    submit.disabled = true;
    try {
      await HD.api("POST", "/api/v1/auth/login", { email: email, password: password, otp: code },
        { noRedirect: true });
      var next = new URLSearchParams(location.search).get("next") || "";
      window.location.assign(/^\/console(\/|$)/.test(next) ? next : "/console");
    } catch (err) {
      showError(HD.errorText(err));
      otp.value = "";
      otp.focus();
      submit.disabled = false;
    }
  });
})();
