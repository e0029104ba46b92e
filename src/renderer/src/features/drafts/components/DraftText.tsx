import { forwardRef, useMemo } from 'react'
import { Typography } from '@mantine/core'
import Markdown from 'react-markdown'
import { markFlags } from './markFlags'
import { plainParagraph } from './plainParagraph'
import classes from './DraftText.module.css'

const SEPARATOR = '\u0000'

/** A draft as Markdown, with unsupported numbers highlighted. Raw HTML in drafts is not rendered. */
export const DraftText = forwardRef<HTMLDivElement, { text: string; flagged?: string[] }>(function DraftText({ text, flagged }, ref) {
  // Keyed by the flags' text, not the array: callers build a new array per render, and a new
  // plugin list makes react-markdown rebuild its processor and the whole tree.
  const flagKey = flagged?.join(SEPARATOR) ?? ''
  const plugins = useMemo(() => [markFlags(flagKey ? flagKey.split(SEPARATOR) : [])], [flagKey])
  // A parent re-render (the panel's status, the streamed text of another part) with the same
  // text re-renders nothing below here; a streamed word renders only this Markdown.
  // The first streamed words are usually one plain paragraph: shown as the same <p> without the
  // Markdown pipeline, so the first token reaches the screen sooner.
  const body = useMemo(() => {
    const plain = flagKey ? null : plainParagraph(text)
    if (plain !== null) return plain ? <p>{plain}</p> : null
    return <Markdown rehypePlugins={plugins}>{text}</Markdown>
  }, [text, plugins, flagKey])
  return (
    <Typography>
      <div ref={ref} className={classes.root}>
        {body}
      </div>
    </Typography>
  )
})
