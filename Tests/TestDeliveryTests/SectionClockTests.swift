import Testing
@testable import TestDelivery

@Suite("Section clock (server time)")
struct SectionClockTests {
    @Test func runsOnServerTimeAndEndsWithoutABrowser() {
        var clock = SectionClock(limit: 600)
        #expect(clock.remaining(at: 0) == 600)
        clock.start(at: 1_000)
        #expect(clock.remaining(at: 1_100) == 500)
        // Nobody asks for 20 minutes (the browser was closed): the section is over all the same.
        #expect(clock.isEnded(at: 2_200))
        #expect(clock.remaining(at: 2_200) == 0)
    }

    @Test func pauseStopsTheClock() {
        var clock = SectionClock(limit: 600)
        clock.start(at: 0)
        clock.pause(at: 100)
        #expect(clock.isPaused)
        #expect(clock.remaining(at: 400) == 500)
        #expect(clock.deadline(from: 400) == nil)
        clock.resume(at: 400)
        #expect(clock.remaining(at: 450) == 450)
        #expect(clock.deadline(from: 450) == 900)
        clock.pause(at: 500)
        clock.pause(at: 520)  // a second pause while paused is ignored
        clock.resume(at: 600)
        #expect(clock.remaining(at: 600) == 400)
    }

    @Test func extraTimeLengthensTheSection() {
        var clock = SectionClock(limit: 60)
        clock.start(at: 0)
        #expect(clock.isEnded(at: 60))
        clock.addExtraTime(30)
        #expect(!clock.isEnded(at: 60))
        #expect(clock.remaining(at: 60) == 30)
        clock.addExtraTime(-10)  // ignored
        #expect(clock.remaining(at: 60) == 30)
    }

    @Test func startIsIdempotentAndCloseEndsEarly() {
        var clock = SectionClock(limit: 600)
        clock.start(at: 10)
        clock.start(at: 50)
        #expect(clock.startedAt == 10)
        clock.close(at: 70)
        #expect(clock.isEnded(at: 70))
        #expect(clock.used(at: 1_000) == 60)
    }

    /// `endsAt` is the time from which `isEnded` holds, for clocks that run, pause, get extra time and close.
    @Test func endsAtIsWhereTheClockEnds() {
        var clock = SectionClock(limit: 600)
        #expect(clock.endsAt == nil)  // waits to be started
        clock.start(at: 100)
        #expect(clock.endsAt == 700)
        clock.pause(at: 200)
        #expect(clock.endsAt == nil)  // paused: it cannot run out
        clock.resume(at: 260)
        clock.addExtraTime(30)
        #expect(clock.endsAt == 790)
        for t in stride(from: 100.0, through: 900, by: 0.5) {
            #expect(clock.isEnded(at: t) == (t >= 790), "t = \(t)")
        }
        clock.close(at: 500)
        #expect(clock.endsAt == 500)
        var closedUnstarted = SectionClock(limit: 60)
        closedUnstarted.close(at: 5)
        #expect(closedUnstarted.endsAt == 5 && closedUnstarted.isEnded(at: 5) && !closedUnstarted.isEnded(at: 4.5))
    }
}
