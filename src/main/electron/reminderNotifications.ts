import type { DailyReminder } from '../core/app/dailyReminder'

/** The slice of Electron's `Notification` used here, so a fake can stand in. */
export interface NotificationApi {
  isSupported(): boolean
  new (options: { title: string; body: string }): { show(): void; on(event: 'click', listener: () => void): unknown }
}

/** Hourly: the app left open past midnight still reminds the next day (at most once, see DailyReminder). */
export const REMINDER_CHECK_MS = 60 * 60 * 1000

/**
 * Desktop reminders: the core decides what is due and whether today already had one; this only
 * shows it. A click opens the window. Returns a stop function; `check` is exposed for tests.
 */
export function startReminderNotifications(options: {
  Notification: NotificationApi
  reminder: Pick<DailyReminder, 'take'>
  onClick: () => void
  onError?: (error: Error) => void
  everyMs?: number
}) {
  const { Notification, reminder, onClick } = options
  const check = async () => {
    if (!Notification.isSupported()) return
    try {
      const message = await reminder.take()
      if (!message) return
      const note = new Notification(message)
      note.on('click', onClick)
      note.show()
    } catch (error) {
      options.onError?.(error as Error)
    }
  }
  const timer = setInterval(() => void check(), options.everyMs ?? REMINDER_CHECK_MS)
  timer.unref?.()
  const first = check()
  return { first, check, stop: () => clearInterval(timer) }
}
