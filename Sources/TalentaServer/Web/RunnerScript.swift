/// The runner's browser code, served by the app itself (no CDN, no inline script).
///
/// Answers are numbered (a sequence per attempt, continuing from the server's `lastSequence`), kept in a
/// queue in localStorage, and sent in order; a failed send stays queued and is retried when the browser
/// comes back online or every few seconds. The screen says "Tersimpan" (saved) or "Belum tersimpan"
/// (not yet saved) with the count. The timer shows the server's remaining time and re-syncs with it.
enum RunnerScript {
    static let source = #"""
    (function () {
      "use strict";
      var root = document.getElementById("runner");
      if (!root) { return; }
      var en = root.getAttribute("data-lang") === "en";
      function t(id, eng) { return en ? eng : id; }
      var screen = document.getElementById("screen");
      var timerEl = document.getElementById("timer");
      var saveEl = document.getElementById("save-state");
      var view = null, deadline = null, sequence = 0, sending = false, online = navigator.onLine;
      var attempt = root.getAttribute("data-attempt");
      var queueKey = "talenta-queue-" + attempt, seqKey = "talenta-seq-" + attempt;
      function queue() { try { return JSON.parse(localStorage.getItem(queueKey) || "[]"); } catch (e) { return []; } }
      function setQueue(q) { localStorage.setItem(queueKey, JSON.stringify(q)); showSaveState(); }
      function showSaveState() {
        var n = queue().length;
        saveEl.textContent = n === 0 ? t("Tersimpan", "Saved") : t("Belum tersimpan (" + n + ")", "Not yet saved (" + n + ")");
        saveEl.className = "save-state " + (n === 0 ? "saved" : "pending");
        saveEl.setAttribute("data-pending", String(n));
      }
      function api(path, body) {
        return fetch(path, {
          method: body === undefined ? "GET" : "POST", credentials: "same-origin",
          headers: body === undefined ? {} : { "Content-Type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (r) {
          return r.json().then(function (j) { if (!r.ok) { var e = new Error((j.error && j.error.message) || r.status); e.status = r.status; throw e; } return j; });
        });
      }
      function accept(reply) {
        var old = view && view.section;
        view = reply.view;
        sequence = Math.max(sequence, view.lastSequence, Number(localStorage.getItem(seqKey) || 0));
        var s = view.section;
        if (s && !s.items) {
          // A reply to a save carries only what a save changes: keep the form, item marks and answers held here.
          if (old && old.id === s.id && old.items) { s.items = old.items; s.form = old.form; s.answers = old.answers; } else { refresh(); return; }
        }
        if (old && s && old.id === s.id && old.state === s.state && s.form) {
          // The participant may have moved on while the reply was under way: keep their place, and show
          // answers still waiting in the queue.
          s.position = old.position;
          queue().forEach(function (a) { s.answers[a.item] = a.answer; });
        }
        deadline = s && s.state === "running" ? Date.now() + s.remainingSeconds * 1000 : null;
        render();
      }
      function refresh() { return api("/api/runner/state").then(accept).catch(function () {}); }
      function flush() {
        if (sending) { return; }
        var q = queue();
        if (q.length === 0) { return; }
        sending = true;
        var next = q[0];
        api("/api/runner/answer", next).then(function (reply) {
          setQueue(queue().filter(function (a) { return a.sequence !== next.sequence; }));
          sending = false;
          if (queue().length === 0) { accept(reply); } else { flush(); }
        }).catch(function (e) {
          sending = false;
          if (e.status && e.status < 500) {   // rejected for good (e.g. the section ended): drop it, show why
            setQueue(queue().filter(function (a) { return a.sequence !== next.sequence; }));
            refresh();
          }
          showSaveState();
        });
      }
      function answer(item, value) {
        sequence += 1;
        localStorage.setItem(seqKey, String(sequence));
        var q = queue().filter(function (a) { return a.item !== item || view.section.kind === "cognitive-adaptive"; });
        q.push({ item: item, answer: value, sequence: sequence });
        setQueue(q);
        var s = view.section;
        if (s.answers) { s.answers[item] = value; }
        if (s.kind !== "cognitive-adaptive") { render(); }
        flush();
      }
      function go(position) {
        var s = view.section;
        s.position = Math.max(0, Math.min(position, s.itemCount - 1));
        render();
        api("/api/runner/position", { position: s.position }).catch(function () {});
      }
      function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined) { e.textContent = text; }
        return e;
      }
      function button(label, action, attrs) {
        var b = el("button", Object.assign({ type: "button" }, attrs || {}), label);
        b.addEventListener("click", action);
        return b;
      }
      var titles = {
        "cognitive-adaptive": t("Kemampuan kognitif", "Cognitive ability"),
        "sjt": t("Kompetensi manajerial dan sosial kultural", "Managerial and socio-cultural competencies"),
        "potential": t("Potensi", "Potential"), "integrity": t("Integritas", "Integrity"),
        "career-preference": t("Preferensi karier", "Career preference"), "digital-literacy": t("Literasi digital", "Digital literacy")
      };
      function render() {
        screen.innerHTML = "";
        var s = view && view.section;
        if (!view) { return; }
        if (view.status === "finished" || view.status === "terminated" || !s) {
          if (view.status === "not-started" && !s) { return; }
          screen.appendChild(el("h1", { id: "finished" }, view.status === "terminated" ? t("Ujian dihentikan oleh pengawas.", "The test was stopped by the proctor.") : t("Terima kasih. Ujian Anda telah selesai.", "Thank you. Your test is complete.")));
          document.getElementById("section-title").textContent = "";
          timerEl.textContent = "";
          return;
        }
        document.getElementById("section-title").textContent = t("Bagian ", "Section ") + (s.index + 1) + "/" + s.count + ": " + (titles[s.kind] || s.id);
        if (s.state === "pending" && !view.startAuthorized) {
          screen.appendChild(el("h1", { id: "awaiting" }, t("Menunggu izin mulai dari pengawas…", "Waiting for the proctor to authorize the start…")));
          screen.appendChild(el("p", {}, t("Halaman ini akan berlanjut sendiri.", "This page will continue by itself.")));
          setTimeout(refresh, 3000);
          return;
        }
        if (s.state === "pending") {
          screen.appendChild(el("h1", {}, titles[s.kind] || s.id));
          screen.appendChild(el("p", {}, t("Waktu bagian ini: ", "Time for this section: ") + Math.round(s.limitSeconds / 60) + t(" menit. Waktu mulai berjalan saat Anda menekan tombol Mulai.", " minutes. The clock starts when you press Start.")));
          if (s.kind === "cognitive-adaptive") { screen.appendChild(el("p", {}, t("Soal disesuaikan dengan jawaban Anda; soal yang sudah dijawab tidak dapat dibuka kembali.", "Items adapt to your answers; answered items cannot be revisited."))); }
          else { screen.appendChild(el("p", {}, t("Anda dapat menandai soal dan kembali ke soal mana pun dalam bagian ini.", "You can flag items and return to any item in this section."))); }
          screen.appendChild(button(t("Mulai", "Start"), function () { api("/api/runner/start-section", {}).then(accept); }, { id: "start-section", "class": "primary" }));
          document.getElementById("progress").textContent = "";
          return;
        }
        if (s.state === "paused") { screen.appendChild(el("h1", { id: "paused" }, t("Ujian dijeda oleh pengawas. Waktu berhenti.", "Paused by the proctor. The clock is stopped."))); return; }
        var adaptive = s.kind === "cognitive-adaptive";
        var item = adaptive ? s.current : (s.form || [])[s.position];
        var answered = s.answers ? Object.keys(s.answers).length : s.answeredCount;
        document.getElementById("progress").textContent = adaptive
          ? t("Soal ", "Item ") + s.itemCount + (s.maximumItems ? " / " + s.maximumItems : "")
          : t("Soal ", "Item ") + (s.position + 1) + " / " + s.itemCount + " · " + answered + t(" terjawab", " answered");
        if (!item) { screen.appendChild(el("p", {}, t("Menunggu soal berikutnya…", "Waiting for the next item…"))); return; }
        var card = el("article", { "class": "item", id: "item", "data-item": item.key });
        item.stem.split("\n").forEach(function (line) { card.appendChild(el("p", { "class": "stem" }, line)); });
        var chosen = adaptive ? null : (s.answers || {})[item.key];
        var list = el("div", { "class": "options", role: "radiogroup" });
        item.options.forEach(function (o, i) {
          var id = "opt-" + o.key;
          var label = el("label", { "class": "option" + (chosen === o.key ? " chosen" : ""), "for": id });
          var input = el("input", { type: "radio", name: "answer", id: id, value: o.key });
          if (chosen === o.key) { input.checked = true; }
          input.addEventListener("change", function () { answer(item.key, o.key); });
          label.appendChild(input);
          label.appendChild(el("span", { "class": "key" }, o.key));
          label.appendChild(el("span", {}, o.text));
          list.appendChild(label);
        });
        card.appendChild(list);
        screen.appendChild(card);
        var nav = el("div", { "class": "nav" });
        if (!adaptive) {
          nav.appendChild(button(t("← Sebelumnya", "← Previous"), function () { go(s.position - 1); }, { id: "prev" }));
          var flagged = (s.items[s.position] || {}).flagged;
          nav.appendChild(button(flagged ? t("Hapus tanda", "Unflag") : t("Tandai", "Flag"), function () {
            api("/api/runner/flag", { item: item.key, flagged: !flagged }).then(accept).catch(function () {});
          }, { id: "flag" }));
          nav.appendChild(button(t("Berikutnya →", "Next →"), function () { go(s.position + 1); }, { id: "next" }));
          nav.appendChild(button(t("Selesaikan bagian", "Finish section"), function () {
            var panel = document.getElementById("confirm-panel");
            panel.innerHTML = "";
            if (queue().length > 0) {
              panel.appendChild(el("p", { "class": "error" }, t("Masih ada jawaban yang belum tersimpan. Tunggu sampai tersimpan.", "Some answers are not saved yet. Wait until they are saved.")));
              return;
            }
            var unanswered = s.itemCount - Object.keys(s.answers || {}).length;
            panel.appendChild(el("p", {}, t("Selesaikan bagian ini? Anda tidak dapat kembali. Belum dijawab: ", "Finish this section? You cannot come back. Unanswered: ") + unanswered));
            panel.appendChild(button(t("Ya, selesaikan", "Yes, finish"), function () {
              api("/api/runner/submit-section", {}).then(accept);
            }, { id: "confirm-submit", "class": "primary" }));
            panel.appendChild(button(t("Batal", "Cancel"), function () { panel.innerHTML = ""; }, { id: "cancel-submit" }));
          }, { id: "submit-section" }));
          var grid = el("nav", { "class": "grid", "aria-label": t("Daftar soal", "Item list") });
          s.items.forEach(function (st, i) {
            var done = (s.answers || {})[st.key] !== undefined;
            grid.appendChild(button(String(i + 1), function () { go(i); }, { "class": (done ? "done" : "") + (st.flagged ? " flagged" : "") + (i === s.position ? " here" : "") }));
          });
          screen.appendChild(nav);
          screen.appendChild(el("div", { id: "confirm-panel", role: "alertdialog" }));
          screen.appendChild(grid);
        }
        api("/api/runner/event", { type: "item-shown", item: item.key }).catch(function () {});
      }
      function tick() {
        if (deadline === null) { return; }
        var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
        var m = Math.floor(left / 60), sec = left % 60;
        timerEl.textContent = (m < 10 ? "0" : "") + m + ":" + (sec < 10 ? "0" : "") + sec;
        if (left === 0) { deadline = null; refresh(); }
      }
      document.addEventListener("keydown", function (e) {
        if (!view || !view.section || view.section.state !== "running" || e.target.tagName === "INPUT" && e.key === " ") { return; }
        var k = e.key.toUpperCase();
        var radio = document.getElementById("opt-" + k) || document.querySelectorAll(".options input")[Number(e.key) - 1];
        if (radio && /^[A-F1-9]$/.test(k)) { radio.click(); return; }
        if (e.key === "ArrowRight" && view.section.form) { go(view.section.position + 1); }
        if (e.key === "ArrowLeft" && view.section.form) { go(view.section.position - 1); }
      });
      window.addEventListener("online", function () { online = true; api("/api/runner/event", { type: "reconnected" }).catch(function () {}); flush(); });
      window.addEventListener("offline", function () { online = false; showSaveState(); });
      window.addEventListener("blur", function () { api("/api/runner/event", { type: "focus-lost" }).catch(function () {}); });
      window.addEventListener("focus", function () { api("/api/runner/event", { type: "focus-regained" }).catch(function () {}); });
      setInterval(tick, 1000);
      setInterval(function () { flush(); if (queue().length === 0) { refresh(); } }, 15000);
      setInterval(flush, 3000);
      showSaveState();
      refresh().then(flush);
    })();
    """#
}
